using System.Runtime.CompilerServices;
using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Journal;
using Microsoft.Extensions.DependencyInjection;

namespace GenesysCloud.Utilities.Jobs;

/// <summary>
/// One <see cref="BulkEngine"/> per connected client, shared by Group Manager and Jobs in a session so that
/// they share the user-directory cache; the client itself carries the token's rate limiter. The journal is the
/// app's <see cref="IJobJournal"/> when one is registered, else the SQLite file in the user's data folder (shared
/// with the CLI), except for the sandbox org: its demo data is regenerated at every start, so its jobs go to a
/// journal of this process in the temp folder (deleted when the process exits) and never mix with a real org's
/// audit trail.
/// </summary>
public static class BulkEngines
{
    private static readonly ConditionalWeakTable<GenesysCloudApi, BulkEngine> Engines = [];
    private static readonly Lazy<SqliteJobJournal> FallbackJournal = new(() => new SqliteJobJournal());
    private static readonly Lazy<SqliteJobJournal> SandboxJournal = new(OpenSandboxJournal);

    /// <summary>The journal registered in <paramref name="services"/>, else the sandbox's or the default SQLite journal.</summary>
    public static IJobJournal Journal(IServiceProvider services, GenesysConnection connection) =>
        services.GetService<IJobJournal>() ?? (connection.IsSandbox ? SandboxJournal.Value : FallbackJournal.Value);

    /// <summary>
    /// Who the journal records for changes made in the web app: the signed-in person (name, email, user id), or
    /// the OAuth client when connected with client credentials (no person); the org and the utility.
    /// </summary>
    public static string RequestedBy(GenesysConnection connection, string utility) =>
        $"{(connection.Person is { } person ? person.ToString() : $"client {connection.Auth?.Config.ClientId ?? "unknown"}")} " +
        $"on {connection.OrgLabel ?? "unknown org"} ({utility})";

    private static SqliteJobJournal OpenSandboxJournal()
    {
        var folder = SandboxJournalFiles.Folder;
        SandboxJournalFiles.DeleteStale(folder, Environment.ProcessId, SandboxJournalFiles.IsRunning);
        var path = SandboxJournalFiles.PathFor(folder, Environment.ProcessId);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => SandboxJournalFiles.Delete(path);
        return new SqliteJobJournal(SqliteJobJournal.ForFile(path));
    }

    /// <summary>The engine of <paramref name="api"/>'s connection, created on first use with <paramref name="journal"/>.</summary>
    public static BulkEngine For(GenesysCloudApi api, IJobJournal journal) =>
        Engines.GetValue(api, client => new BulkEngine(new BulkConnection(client), journal));
}
