using System.CommandLine;
using System.Diagnostics;
using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Conversations;
using GenesysCloud.Cli.Commands;
using GenesysCloud.Cli.Connection;
using GenesysCloud.Cli.Output;

namespace GenesysCloud.Cli.Conversations;

/// <summary><c>conversations find|end</c>: the stuck-conversation sweep and ending conversations as a journaled job.</summary>
public static class ConversationCommands
{
    private const string CannotBeUndone =
        "Ending conversations cannot be undone: every participant is disconnected. Preview with --dry-run, then run again with --yes.";

    public static Command Build(CliEnvironment environment, GlobalOptions globals)
    {
        var conversations = new Command("conversations", "Find stuck conversations and end them (journaled; cannot be undone).");
        conversations.Subcommands.Add(Find(environment, globals));
        conversations.Subcommands.Add(End(environment, globals));
        return conversations;
    }

    private static Command Find(CliEnvironment environment, GlobalOptions globals)
    {
        var filter = new StuckFilterOptions();
        var save = new Option<FileInfo?>("--save") { Description = "Also write the conversations found to this CSV file (input for 'conversations end --file')." };
        var command = new Command("find", "List conversations without an end older than --older-than (analytics details query).") { save };
        filter.AddTo(command);
        command.SetAction((result, ct) => CommandGuard.RunAsync(environment, globals, result, async (settings, output) =>
        {
            await using var connection = await CliConnection.OpenAsync(settings, ct);
            var stuck = await FindAsync(connection, filter, result, ct);
            if (result.GetValue(save) is { } file)
            {
                await File.WriteAllBytesAsync(file.FullName, ConversationSweep.ExportCsv(stuck.Conversations), ct);
                output.Note($"Saved {stuck.Conversations.Count:N0} conversations to {file.FullName}.");
            }

            StuckConversationsRenderer.Write(output, stuck.ToJson("conversations find"));
            return ExitCodes.Done;
        }));
        return command;
    }

    private static Command End(CliEnvironment environment, GlobalOptions globals)
    {
        var ids = new ConversationIdInput();
        var filter = new StuckFilterOptions();
        var yes = new Option<bool>("--yes") { Description = "Confirm: end the conversations (this cannot be undone)." };
        var command = new Command("end",
            "End conversations as a journaled job: each is re-read just before it is ended and skipped if it ended meanwhile. "
            + "Ids from --ids or --file, or every conversation the filter options find. Cannot be undone.") { yes };
        ids.AddTo(command);
        filter.AddTo(command);
        command.SetAction((result, ct) => CommandGuard.RunAsync(environment, globals, result, async (settings, output) =>
        {
            if (ids.AnyGiven(result) && filter.AnyGiven(result))
                throw new CliInputException("Give either --ids/--file or filter options (--older-than, --queue …), not both.");
            if (!settings.DryRun && !result.GetValue(yes))
                throw new CliInputException(CannotBeUndone);

            await using var connection = await CliConnection.OpenAsync(settings, ct);
            if (connection.SandboxHint is { } hint)
                output.Note(hint);
            var picked = ids.AnyGiven(result)
                ? await DescribeAsync(connection.Api, await ids.ReadAsync(result, environment.In, ct), ct)
                : (await FindAsync(connection, filter, result, ct)).Conversations.Select(c => new ConversationToEnd(c.ConversationId, c.Description)).ToList();
            if (picked.Count == 0)
            {
                output.Note("No conversations to end.");
                return ExitCodes.Done;
            }

            using var journal = JournalFactory.Open(settings.Journal, settings.Sandbox);
            var engine = new BulkEngine(connection.Bulk, journal, settings.EngineOptions());
            var plan = ConversationEndPlanner.Plan(picked, MembershipWorkflow.RequestedBy());
            if (!settings.DryRun)
                output.Note("Ending conversations cannot be undone; each one is re-read just before it is ended.");
            return await JobOutcome.PreviewOrApplyAsync(settings, output, engine, plan, "conversations end", ct);
        }));
        return command;
    }

    private static async Task<StuckSweepResult> FindAsync(CliConnection connection, StuckFilterOptions options, ParseResult result, CancellationToken ct)
    {
        var filter = await options.ReadAsync(connection.Api, result, ct);
        var calls = connection.Api.CallCount;
        var watch = Stopwatch.StartNew();
        var found = await new ConversationSweep(connection.Api).FindStuckAsync(filter, ct);
        return new StuckSweepResult(filter, found, connection.Api.CallCount - calls, watch.Elapsed);
    }

    /// <summary>Ids from a file get a description from their analytics details (100 per call); unknown ones say so.</summary>
    private static async Task<List<ConversationToEnd>> DescribeAsync(GenesysCloudApi api, IReadOnlyList<ConversationToEnd> ids, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var details = (await api.Conversations.GetDetailsAsync([.. ids.Select(i => i.ConversationId)], ct))
            .ToDictionary(c => c.ConversationId, StringComparer.OrdinalIgnoreCase);
        return [.. ids.Select(id => id with
        {
            Description = details.TryGetValue(id.ConversationId.Trim(), out var c)
                ? (c.ConversationEnd is null ? "" : "already ended · ") + StuckConversation.From(c, now).Description
                : "not in the analytics details",
        })];
    }
}
