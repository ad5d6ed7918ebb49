using System.CommandLine;
using GenesysCloud.Bulk;
using GenesysCloud.Cli.Connection;
using GenesysCloud.Cli.Input;
using GenesysCloud.Cli.Output;
using GenesysCloud.Utilities.QueueManager;
using Spectre.Console;

namespace GenesysCloud.Cli.Commands;

/// <summary>
/// The Queue Manager verbs of <c>gcutil queues</c> beside add-members and remove-members: members, export, copy,
/// compare, sync (make one queue like another), join, unjoin and ring. All go through <see cref="QueueManagerService"/>.
/// </summary>
public static class QueueCommands
{
    public static void AddTo(Command queues, CliEnvironment environment, GlobalOptions globals)
    {
        queues.Subcommands.Add(Members(environment, globals));
        queues.Subcommands.Add(Export(environment, globals));
        queues.Subcommands.Add(Copy(environment, globals));
        queues.Subcommands.Add(Compare(environment, globals));
        queues.Subcommands.Add(Sync(environment, globals));
        queues.Subcommands.Add(Join(environment, globals, joined: true));
        queues.Subcommands.Add(Join(environment, globals, joined: false));
        queues.Subcommands.Add(Ring(environment, globals));
    }

    private static Option<string> QueueOption(string name = "--queue", string what = "The queue's name or id.") =>
        new(name) { Description = what, Required = true };

    private static Command Members(CliEnvironment environment, GlobalOptions globals)
    {
        var command = new Command("members", "List a queue's people: how each belongs (directly or via group), joined, ring number.");
        var queue = QueueOption();
        command.Options.Add(queue);
        command.SetAction((result, ct) => RunAsync(environment, globals, result, async (session, service, output, _) =>
        {
            var members = await service.GetMembersAsync(await QueueAsync(session, service, result.GetRequiredValue(queue), ct), ct);
            if (output.Format == OutputFormat.Json)
            {
                output.WriteJson(members.Select(m => new { m.UserId, m.Name, m.Direct, m.ViaGroups, m.Joined, m.RingNumber }));
                return ExitCodes.Done;
            }

            var table = new Table().AddColumns("Name", "Belongs", "Joined", "Ring", "User id");
            foreach (var m in members)
                table.AddRow(Markup.Escape(m.Name ?? ""), Markup.Escape(m.Belongs), m.Joined ? "yes" : "no", m.RingNumber?.ToString() ?? "", m.UserId);
            output.Console.Write(table);
            output.Note($"{members.Count:N0} people, {members.Count(m => m.Joined):N0} joined, {members.Count(m => m.OnlyViaGroup):N0} only via a group.");
            return ExitCodes.Done;
        }));
        return command;
    }

    private static Command Export(CliEnvironment environment, GlobalOptions globals)
    {
        var command = new Command("export", "Export a queue's people as CSV (formula-safe).");
        var queue = QueueOption();
        var file = CsvExport.OutOption();
        command.Options.Add(queue);
        command.Options.Add(file);
        command.SetAction((result, ct) => RunAsync(environment, globals, result, async (session, service, _, _) =>
        {
            var members = await service.GetMembersAsync(await QueueAsync(session, service, result.GetRequiredValue(queue), ct), ct);
            await CsvExport.WriteAsync(environment, result.GetValue(file), QueueManagerService.MembersCsv(members), ct);
            return ExitCodes.Done;
        }));
        return command;
    }

    private static Command Copy(CliEnvironment environment, GlobalOptions globals)
    {
        var command = new Command("copy", "Add every member of a group or of another queue to a queue.");
        var queue = QueueOption();
        var fromGroup = new Option<string?>("--from-group") { Description = "The group's name or id." };
        var fromQueue = new Option<string?>("--from-queue") { Description = "The other queue's name or id." };
        command.Options.Add(queue);
        command.Options.Add(fromGroup);
        command.Options.Add(fromQueue);
        command.SetAction((result, ct) => RunAsync(environment, globals, result, async (session, service, output, settings) =>
        {
            var (group, other) = (result.GetValue(fromGroup), result.GetValue(fromQueue));
            if (group is null == other is null)
                throw new CliInputException("Give exactly one of --from-group GROUP or --from-queue QUEUE.");
            var target = await session.ResolveAsync(TargetKind.Queue, result.GetRequiredValue(queue), ct);
            var plan = group is not null
                ? await service.PlanCopyFromGroupAsync(target.Id, (await session.ResolveAsync(TargetKind.Group, group, ct)).Id, ct)
                : await service.PlanCopyFromQueueAsync(target.Id, (await session.ResolveAsync(TargetKind.Queue, other!, ct)).Id, ct);
            return await JobOutcome.PreviewOrApplyAsync(settings, output, session.Engine, plan, "queues copy", ct);
        }));
        return command;
    }

    private static Command Compare(CliEnvironment environment, GlobalOptions globals)
    {
        var command = new Command("compare", "Compare two queues: who is only in A, only in B, in both.");
        var a = QueueOption("--queue", "Queue A: name or id.");
        var b = QueueOption("--with", "Queue B: name or id.");
        command.Options.Add(a);
        command.Options.Add(b);
        command.SetAction((result, ct) => RunAsync(environment, globals, result, async (session, service, output, _) =>
        {
            var queueA = await QueueAsync(session, service, result.GetRequiredValue(a), ct);
            var queueB = await QueueAsync(session, service, result.GetRequiredValue(b), ct);
            var comparison = await service.CompareAsync(queueA, queueB, ct);
            if (output.Format == OutputFormat.Json)
            {
                object Side(IEnumerable<QueueMemberRow> rows) => rows.Select(r => new { r.UserId, r.Name, r.Direct, r.ViaGroups });
                output.WriteJson(new
                {
                    queueA = new { queueA.Id, queueA.Name },
                    queueB = new { queueB.Id, queueB.Name },
                    onlyInA = Side(comparison.OnlyInA),
                    onlyInB = Side(comparison.OnlyInB),
                    inBoth = Side(comparison.InBoth),
                });
                return ExitCodes.Done;
            }

            var table = new Table().AddColumns("Where", "Name", "Belongs", "User id");
            void Add(string where, IEnumerable<QueueMemberRow> rows)
            {
                foreach (var r in rows) table.AddRow(where, Markup.Escape(r.Name ?? ""), Markup.Escape(r.Belongs), r.UserId);
            }

            Add($"only in {Markup.Escape(queueA.Name ?? "A")}", comparison.OnlyInA);
            Add($"only in {Markup.Escape(queueB.Name ?? "B")}", comparison.OnlyInB);
            output.Console.Write(table);
            output.Note($"Only in A: {comparison.OnlyInA.Count:N0}; only in B: {comparison.OnlyInB.Count:N0}; in both: {comparison.InBoth.Count:N0}.");
            return ExitCodes.Done;
        }));
        return command;
    }

    private static Command Sync(CliEnvironment environment, GlobalOptions globals)
    {
        var command = new Command("sync", "Make queue B's members like queue A's, as one previewed job (adds and removes).");
        command.Aliases.Add("make-like");
        var target = QueueOption("--queue", "Queue B, the one that changes: name or id.");
        var like = QueueOption("--like", "Queue A, the model: name or id.");
        command.Options.Add(target);
        command.Options.Add(like);
        command.SetAction((result, ct) => RunAsync(environment, globals, result, async (session, service, output, settings) =>
        {
            var source = await QueueAsync(session, service, result.GetRequiredValue(like), ct);
            var queue = await QueueAsync(session, service, result.GetRequiredValue(target), ct);
            var sync = await service.PlanMakeLikeAsync(source, queue, ct);
            output.Note($"Make '{queue.Name}' like '{source.Name}': {sync.Adds:N0} to add, {sync.Removes:N0} to remove.");
            foreach (var kept in sync.KeptViaGroup)
                output.Note($"Stays: {kept.Name} ({kept.UserId}) is in '{queue.Name}' {kept.Belongs}; change that group or the queue's member groups to remove them.");
            return await JobOutcome.PreviewOrApplyAsync(settings, output, session.Engine, sync.Plan, "queues sync", ct);
        }));
        return command;
    }

    private static Command Join(CliEnvironment environment, GlobalOptions globals, bool joined)
    {
        var verb = joined ? "join" : "unjoin";
        var command = new Command(verb, $"{(joined ? "Join" : "Unjoin")} queue members in bulk; the result is re-read, so only what took effect is reported done.");
        var queue = QueueOption();
        var all = new Option<bool>("--all") { Description = $"Every member of the queue who is not {verb}ed yet." };
        var identifiers = new IdentifierOptions();
        command.Options.Add(queue);
        command.Options.Add(all);
        identifiers.AddTo(command);
        command.SetAction((result, ct) => RunAsync(environment, globals, result, async (session, service, output, settings) =>
        {
            var target = await QueueAsync(session, service, result.GetRequiredValue(queue), ct);
            BulkPlan plan;
            if (result.GetValue(all))
                plan = await service.PlanJoinAllAsync(target, joined, ct);
            else
            {
                var users = await identifiers.ReadAsync(result, ct);
                plan = await service.PlanJoinAsync(target.Id, users.Values, joined, users.ValueLines, ct);
            }
            return await JobOutcome.PreviewOrApplyAsync(settings, output, session.Engine, plan, $"queues {verb}", ct);
        }));
        return command;
    }

    private static Command Ring(CliEnvironment environment, GlobalOptions globals)
    {
        var command = new Command("ring",
            $"Set the ring number ({QueuesApi.MinRingNumber}-{QueuesApi.MaxRingNumber}) of individual queue members in bulk; the previous ring is journaled for undo, and the result is re-read.");
        var queue = QueueOption();
        var ring = new Option<int?>("--ring")
        {
            Description = $"The ring number, {QueuesApi.MinRingNumber} to {QueuesApi.MaxRingNumber}, for every row; required unless the CSV has a {RingInput.Column} on every row.",
        };
        var all = new Option<bool>("--all") { Description = "Every individual member of the queue who is on another ring." };
        var people = new RingInputOptions();
        command.Options.Add(queue);
        command.Options.Add(ring);
        command.Options.Add(all);
        people.AddTo(command);
        RingInput? input = null;
        command.SetAction((result, ct) => RunAsync(environment, globals, result, async (session, service, output, settings) =>
        {
            var number = result.GetValue(ring);
            var target = await QueueAsync(session, service, result.GetRequiredValue(queue), ct);
            BulkPlan plan;
            if (input is null)
            {
                var members = await service.GetMembersAsync(target, ct);
                plan = await service.PlanRingNumberAsync(target.Id, [.. members.Where(m => m.Direct && m.RingNumber != number).Select(m => m.UserId)], number!.Value, ct: ct);
            }
            else
            {
                plan = await service.PlanRingNumberAsync(target.Id, input, number, ct);
            }

            return await JobOutcome.PreviewOrApplyAsync(settings, output, session.Engine, plan, "queues ring", ct);
        }, validate: async () =>
        {
            // Bad input stops the command before it connects, so nothing is half-done and no credentials are needed.
            var number = result.GetValue(ring);
            if (number is < QueuesApi.MinRingNumber or > QueuesApi.MaxRingNumber)
                throw new CliInputException($"--ring: {number} is not a ring number; give {QueuesApi.MinRingNumber} to {QueuesApi.MaxRingNumber}.");
            input = result.GetValue(all) ? null : await people.ReadAsync(result, ct);
            if (number is null && (input is null || input.ValueRings().Any(r => r is null)))
                throw new CliInputException(input is null
                    ? "--ring is required with --all."
                    : $"--ring is required: not every row of the input has a {RingInput.Column}.");
        }));
        return command;
    }

    private static async Task<Queue> QueueAsync(CliSession session, QueueManagerService service, string nameOrId, CancellationToken ct) =>
        await service.GetQueueAsync((await session.ResolveAsync(TargetKind.Queue, nameOrId, ct)).Id, ct);

    private static Task<int> RunAsync(CliEnvironment environment, GlobalOptions globals, ParseResult result,
        Func<CliSession, QueueManagerService, CliOutput, CliSettings, Task<int>> body, Func<Task>? validate = null) =>
        CommandGuard.RunAsync(environment, globals, result, async (settings, output) =>
        {
            if (validate is not null) await validate();
            await using var session = await CliSession.OpenAsync(settings, output, CancellationToken.None);
            var service = new QueueManagerService(session.Api, session.Engine, MembershipWorkflow.RequestedBy());
            return await body(session, service, output, settings);
        });
}
