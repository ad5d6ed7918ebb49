using GenesysCloud.Bulk.Journal;
using GenesysCloud.Emulator;

namespace GenesysCloud.Bulk.Tests.Support;

/// <summary>An in-process emulator with a small org, a pooled connection to it and an engine journaling to a temp file.</summary>
internal sealed class TestOrg : IAsyncDisposable
{
    public const string GroupMembersRoute = "/api/v2/groups/{groupId}/members";
    private readonly List<BulkConnection> _connections = [];
    private readonly List<SqliteJobJournal> _journals = [];

    private TestOrg(GenesysEmulator emulator, string journalPath)
    {
        Emulator = emulator;
        JournalPath = journalPath;
        Engine = NewEngine();
    }

    public GenesysEmulator Emulator { get; }

    public EmulatorState State => Emulator.State;

    public RequestLog Requests => Emulator.Requests;

    public string JournalPath { get; }

    /// <summary>The first engine; <see cref="NewEngine"/> gives another "process" on the same journal file.</summary>
    public BulkEngine Engine { get; }

    public BulkConnection Connection => Engine.Connection;

    public static async Task<TestOrg> StartAsync(int users = 200, Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions
        {
            Users = users, Groups = 4, Queues = 3, Skills = 5, Languages = 2, WrapupCodes = 2, Conversations = 10, RateLimitPerMinute = 0,
        };
        configure?.Invoke(options);
        var emulator = await GenesysEmulator.StartAsync(options);
        var path = Path.Combine(Path.GetTempPath(), "bulk-tests", $"{Guid.NewGuid():N}.db");
        return new TestOrg(emulator, path);
    }

    public BulkEngine NewEngine(int tokens = 1, GenesysApiOptions? api = null, BulkEngineOptions? engine = null, HttpMessageHandler? handler = null,
        TimeProvider? time = null)
    {
        var config = new GenesysConfig(Emulator.ClientId, Emulator.ClientSecret) { ApiBaseUrl = Emulator.BaseUrl, AuthBaseUrl = Emulator.BaseUrl };
        var connection = BulkConnection.Create(config, new BulkConnectionOptions
        {
            Tokens = tokens,
            Handler = handler,
            Api = api ?? FastRetries(),
        }, time);
        var journal = new SqliteJobJournal(SqliteJobJournal.ForFile(JournalPath));
        _connections.Add(connection);
        _journals.Add(journal);
        return new BulkEngine(connection, journal, engine);
    }

    /// <summary>The SDK's retries with short waits, so tests stay fast (the budgets stay bounded as in production).</summary>
    public static GenesysApiOptions FastRetries() => new()
    {
        RequestsPerMinute = 0,
        BackoffBaseDelay = TimeSpan.FromMilliseconds(20),
        ConflictBaseDelay = TimeSpan.FromMilliseconds(10),
        ConflictRetryBudget = TimeSpan.FromSeconds(5),
    };

    public string EmptyGroup()
    {
        var group = State.Groups.First();
        State.RemoveGroupMembers(group.Id, State.GetGroupMemberIds(group.Id));
        return group.Id;
    }

    /// <summary>
    /// The first queue with only <paramref name="individualIds"/> as individual members and one member group (the second
    /// group, emptied) that holds only <paramref name="viaGroupUserId"/>.
    /// </summary>
    public (string Queue, string GroupName) QueueWithMemberGroup(string viaGroupUserId, IEnumerable<string> individualIds)
    {
        var queue = State.Queues[0].Id;
        var group = State.Groups[1];
        State.RemoveQueueMembers(queue, State.GetQueueMemberIds(queue));
        State.RemoveGroupMembers(group.Id, State.GetGroupMemberIds(group.Id));
        State.AddGroupMembers(group.Id, [viaGroupUserId]);
        State.SetQueueMemberGroups(queue, [group.Id]);
        State.AddQueueMembers(queue, individualIds);
        return (queue, group.Name);
    }

    public int GroupAdds => Calls("POST", GroupMembersRoute);

    /// <summary>Requests to a route (a group's root route is logged with a trailing slash).</summary>
    public int Calls(string method, string route) => Requests.CountsByEndpoint()
        .Where(p => string.Equals(p.Key.TrimEnd('/'), $"{method} {route}", StringComparison.Ordinal))
        .Sum(p => p.Value);

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections) connection.Dispose();
        foreach (var journal in _journals) journal.Dispose();
        await Emulator.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { JournalPath, JournalPath + "-wal", JournalPath + "-shm" })
            File.Delete(file);
    }
}
