using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Csv;
using GenesysCloud.Bulk.Journal;
using GenesysCloud.Emulator;
using GenesysCloud.Emulator.Model;
using GenesysCloud.Utilities.GroupManager;
using GenesysCloud.Utilities.Jobs;
using GenesysCloud.Utilities.Workflow;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Utilities.Tests;

/// <summary>
/// An in-process emulator (small org, no rate limit), an SDK client connected to it over loopback,
/// a job journal in a temporary SQLite file, an engine over both, and a background job runner.
/// </summary>
internal sealed class TestOrg : IAsyncDisposable
{
    private readonly string _journalPath = Path.Combine(Path.GetTempPath(), $"gcu-tests-{Guid.NewGuid():N}.db");

    private TestOrg(GenesysEmulator emulator, GenesysCloudApi api)
    {
        Emulator = emulator;
        Api = api;
        Journal = new SqliteJobJournal(SqliteJobJournal.ForFile(_journalPath));
        Engine = new BulkEngine(new BulkConnection(api), Journal);
        Runner = NewRunner();
        Workflow = new BulkWorkflowService(Engine, Runner, Owner);
    }

    /// <summary>Who the tests act as; the journal records "tests (utility)".</summary>
    public static JobOwner Owner { get; } = new("tests", "tests");

    public SqliteJobJournal Journal { get; }

    public BulkEngine Engine { get; }

    public BulkJobRunner Runner { get; }

    public BulkWorkflowService Workflow { get; }

    /// <summary>A runner that notifies every progress report (no throttling), like a fresh process start when given the journal.</summary>
    public BulkJobRunner NewRunner(JobRunnerOptions? options = null, IJobJournal? journal = null) =>
        new(Options.Create(options ?? new JobRunnerOptions { ProgressInterval = TimeSpan.Zero }), TimeProvider.System,
            NullLogger<BulkJobRunner>.Instance, journal);

    public GroupMembershipService NewService() => new(Api);

    public JobsService NewJobsService() => new(Workflow, () => Api);

    /// <summary>Previews adding the users to the group as Group Manager does (pasted emails, one per line).</summary>
    public Task<WorkPreview> PreviewAddAsync(Group group, IEnumerable<string> emails) =>
        Workflow.PreviewAsync(GroupMembershipService.AddChange(group), WorkInput.From("pasted text", PastedIdentifierParser.Parse(string.Join('\n', emails))));

    /// <summary>
    /// A bulk engine over this org's client and journal; an asynchronous change (queue join) is re-read
    /// <paramref name="checks"/> times, <paramref name="checkDelay"/> apart.
    /// </summary>
    public BulkEngine EngineFor(int checks = 3, TimeSpan checkDelay = default) => new(new BulkConnection(Api), Journal,
        new BulkEngineOptions { EffectCheckDelays = [.. Enumerable.Repeat(checkDelay, checks)] });

    /// <summary>Adds users to the group through the workflow, as Group Manager does, and waits for the background job to end.</summary>
    public async Task<RunningJob> AddThroughGroupManagerAsync(Group group, IEnumerable<string> emails, Action<RunningJob>? onChanged = null)
    {
        var preview = await PreviewAddAsync(group, emails);
        return await RunToEndAsync(preview, onChanged);
    }

    /// <summary>Adds the first <paramref name="users"/> non-members through Group Manager, cancelling after the first batch (50 applied).</summary>
    public Task<RunningJob> AddCancelledAfterFirstBatchAsync(Group group, int users = 120) =>
        AddThroughGroupManagerAsync(group, NonMembers(group.Id).Take(users).Select(u => u.Email), j =>
        {
            if (j.Progress?.Done > 0)
                j.Cancel();
        });

    /// <summary>Applies the preview in the runner, watching each change of the job from its start, and waits for it to end.</summary>
    public async Task<RunningJob> RunToEndAsync(WorkPreview preview, Action<RunningJob>? onChanged = null, BulkWorkflowService? workflow = null)
    {
        workflow ??= Workflow;
        void Watch(RunningJob job)
        {
            if (onChanged is not null)
                job.Changed += onChanged;
        }

        workflow.Runner.JobStarted += Watch;
        try
        {
            var job = workflow.Apply(preview);
            await job.Completion.WaitAsync(TimeSpan.FromSeconds(30));
            return job;
        }
        finally
        {
            workflow.Runner.JobStarted -= Watch;
        }
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

    /// <summary>How many people the group's member count shows: individuals, owners and rule members.</summary>
    public int MemberCount(string groupId) => State.GetGroupReachIds(groupId).Count;

    /// <summary>Active users the group does not reach at all (not members, owners or rule members).</summary>
    public IReadOnlyList<EmulatorUser> NonMembers(string groupId)
    {
        var members = State.GetGroupReachIds(groupId);
        return [.. State.Users.Where(u => u.State == "active" && !members.Contains(u.Id))];
    }

    /// <summary>Active users that are individual members of the group.</summary>
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
