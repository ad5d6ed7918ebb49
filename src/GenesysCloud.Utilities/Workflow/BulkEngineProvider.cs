using System.Collections.Concurrent;
using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Journal;
using GenesysCloud.Utilities.Jobs;

namespace GenesysCloud.Utilities.Workflow;

/// <summary>
/// One <see cref="BulkEngine"/> per org and person, shared by every tab and utility of theirs (one directory cache,
/// one journal), registered as a singleton. Each engine has its own API client over the session's authenticator, so
/// a job keeps running after the tab that started it closed and its session's client was disposed.
/// The journal is the app's registered <see cref="IJobJournal"/>, else the SQLite file in the user's data folder
/// (shared with the CLI), except for the sandbox org: its demo data is regenerated at every start, so its jobs go to
/// a journal of this process (see <see cref="SandboxJournalFiles"/>) and never mix with a real org's audit trail.
/// </summary>
public sealed class BulkEngineProvider : IDisposable
{
    private static readonly Lazy<SqliteJobJournal> DefaultJournal = new(() => new SqliteJobJournal());
    private static readonly Lazy<SqliteJobJournal> SandboxJournal = new(OpenSandboxJournal);

    private readonly ConcurrentDictionary<string, Lazy<BulkEngine>> _engines = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<GenesysCloudApi> _clients = [];
    private readonly IJobJournal? _registered;

    /// <summary>Creates the provider.</summary>
    /// <param name="journal">The app's journal, when one is registered; otherwise the default (or sandbox) SQLite journal.</param>
    public BulkEngineProvider(IJobJournal? journal = null) => _registered = journal;

    /// <summary>The journal jobs of a real org (<paramref name="sandbox"/> false) or of the sandbox go to.</summary>
    public IJobJournal JournalFor(bool sandbox) => _registered ?? (sandbox ? SandboxJournal.Value : DefaultJournal.Value);

    /// <summary>The engine of the connection's org and person, created on first use.</summary>
    /// <exception cref="InvalidOperationException">The connection is not connected.</exception>
    public BulkEngine For(GenesysConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var api = connection.Api ?? throw new InvalidOperationException("Not connected to Genesys Cloud.");
        var auth = connection.Auth!;
        var key = $"{(connection.IsSandbox ? "sandbox" : "org")} {JobOwner.Of(connection).Key}";
        return _engines.GetOrAdd(key, _ => new Lazy<BulkEngine>(() =>
        {
            var client = new GenesysCloudApi(auth, api.Options);
            _clients.Add(client);
            return new BulkEngine(new BulkConnection(client), JournalFor(connection.IsSandbox));
        })).Value;
    }

    /// <summary>Disposes the API clients of the engines (the runner has stopped their jobs by then).</summary>
    public void Dispose()
    {
        foreach (var client in _clients)
            client.Dispose();
    }

    private static SqliteJobJournal OpenSandboxJournal()
    {
        var folder = SandboxJournalFiles.Folder;
        SandboxJournalFiles.DeleteStale(folder, Environment.ProcessId, SandboxJournalFiles.IsRunning);
        var path = SandboxJournalFiles.PathFor(folder, Environment.ProcessId);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => SandboxJournalFiles.Delete(path);
        return new SqliteJobJournal(SqliteJobJournal.ForFile(path));
    }
}
