using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Csv;
using GenesysCloud.Bulk.Journal;
using GenesysCloud.Emulator;
using GenesysCloud.Emulator.Model;
using GenesysCloud.Utilities.GroupManager;
using GenesysCloud.Utilities.Jobs;
using Microsoft.Data.Sqlite;

namespace GenesysCloud.Utilities.Tests;

/// <summary>
/// An in-process emulator (small org, no rate limit), an SDK client connected to it over loopback,
/// and a job journal in a temporary SQLite file.
/// </summary>
internal sealed class TestOrg : IAsyncDisposable
{
    private readonly string _journalPath = Path.Combine(Path.GetTempPath(), $"gcu-tests-{Guid.NewGuid():N}.db");

    private TestOrg(GenesysEmulator emulator, GenesysCloudApi api)
    {
        Emulator = emulator;
        Api = api;
        Journal = new SqliteJobJournal(SqliteJobJournal.ForFile(_journalPath));
    }

    public SqliteJobJournal Journal { get; }

    public GroupMembershipService NewService() => new(Api, Journal, "tests");

    public JobsService NewJobsService() => new(Api, Journal, "tests");

    /// <summary>
    /// A bulk engine over this org's client and journal; an asynchronous change (queue join) is re-read
    /// <paramref name="checks"/> times, <paramref name="checkDelay"/> apart.
    /// </summary>
    public BulkEngine EngineFor(int checks = 3, TimeSpan checkDelay = default) => new(new BulkConnection(Api), Journal,
        new BulkEngineOptions { EffectCheckDelays = [.. Enumerable.Repeat(checkDelay, checks)] });

    /// <summary>Adds users to the group through Group Manager's service (a journaled job) and returns its result.</summary>
    public async Task<MembershipApplyResult> AddThroughGroupManagerAsync(Group group, IEnumerable<string> emails,
        IProgress<MembershipProgress>? progress = null, CancellationToken ct = default)
    {
        var service = NewService();
        var preview = await service.PreviewAddAsync(group, PastedIdentifierParser.Parse(string.Join('\n', emails)));
        return await service.ApplyAsync(preview, progress, ct);
    }

    public GenesysEmulator Emulator { get; }

    public GenesysCloudApi Api { get; }

    public EmulatorState State => Emulator.State;

    public static async Task<TestOrg> StartAsync(int users = 200, Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions
        {
            Users = users,
            Groups = 4,
            Queues = 2,
            Conversations = 0,
            RateLimitPerMinute = 0,
        };
        configure?.Invoke(options);
        var emulator = await GenesysEmulator.StartAsync(options);
        var config = new GenesysConfig(emulator.ClientId, emulator.ClientSecret) { ApiBaseUrl = emulator.BaseUrl, AuthBaseUrl = emulator.BaseUrl };
        var api = new GenesysCloudApi(new GenesysAuth(config), new GenesysApiOptions { RequestsPerMinute = 0 });
        return new TestOrg(emulator, api);
    }

    /// <summary>The first seeded group, read through the API as the shell's picker would.</summary>
    public async Task<Group> GroupAsync(int index = 0)
    {
        var response = await Api.Groups.GetAsync(State.Groups[index].Id);
        return response.EnsureSuccess()!;
    }

    /// <summary>Active users that are not members of the group.</summary>
    public IReadOnlyList<EmulatorUser> NonMembers(string groupId)
    {
        var members = State.GetGroupMemberIds(groupId);
        return [.. State.Users.Where(u => u.State == "active" && !members.Contains(u.Id))];
    }

    /// <summary>Active users that are members of the group.</summary>
    public IReadOnlyList<EmulatorUser> Members(string groupId)
    {
        var members = State.GetGroupMemberIds(groupId);
        return [.. State.Users.Where(u => u.State == "active" && members.Contains(u.Id))];
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        Journal.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _journalPath, _journalPath + "-wal", _journalPath + "-shm" })
            File.Delete(file);
        await Emulator.DisposeAsync();
    }
}
