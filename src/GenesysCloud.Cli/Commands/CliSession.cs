using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Journal;
using GenesysCloud.Cli.Connection;
using GenesysCloud.Cli.Output;

namespace GenesysCloud.Cli.Commands;

/// <summary>An open connection with its journal and bulk engine, for commands that use the utilities' services.</summary>
public sealed class CliSession : IAsyncDisposable
{
    private readonly SqlJobJournal _journal;

    private CliSession(CliConnection connection, SqlJobJournal journal, CliSettings settings)
    {
        Connection = connection;
        _journal = journal;
        Engine = new BulkEngine(connection.Bulk, journal, settings.EngineOptions());
    }

    public CliConnection Connection { get; }

    public GenesysCloudApi Api => Connection.Api;

    public BulkEngine Engine { get; }

    public static async Task<CliSession> OpenAsync(CliSettings settings, CliOutput output, CancellationToken ct)
    {
        var connection = await CliConnection.OpenAsync(settings, ct);
        if (connection.SandboxHint is { } hint)
            output.Note(hint);
        return new CliSession(connection, JournalFactory.Open(settings.Journal, settings.Sandbox), settings);
    }

    public Task<ResolvedTarget> ResolveAsync(TargetKind kind, string nameOrId, CancellationToken ct) =>
        TargetResolver.ResolveAsync(Api, kind, nameOrId, ct);

    public async ValueTask DisposeAsync()
    {
        _journal.Dispose();
        await Connection.DisposeAsync();
    }
}
