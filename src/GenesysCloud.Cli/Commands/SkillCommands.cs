using System.CommandLine;
using GenesysCloud.Bulk;
using GenesysCloud.Cli.Connection;
using GenesysCloud.Cli.Input;
using GenesysCloud.Cli.Output;
using GenesysCloud.Utilities.SkillsManager;
using Spectre.Console;

namespace GenesysCloud.Cli.Commands;

/// <summary>
/// <c>gcutil skills</c>: assign, change or remove a routing skill (<c>--skill</c>) or language (<c>--language</c>) for
/// many people (one proficiency for all, or a proficiency column in the CSV), who-has, copy one person's skills to
/// others, and a people × skills and languages matrix. All go through <see cref="SkillsManagerService"/>.
/// </summary>
public static class SkillCommands
{
    public static Command Build(CliEnvironment environment, GlobalOptions globals)
    {
        var skills = new Command("skills", "Assign, change, remove, copy and report routing skills and languages for many users.");
        skills.Subcommands.Add(WithProficiency(environment, globals, "assign", "Assign a routing skill or language with a proficiency.", SkillChangeMode.Assign));
        skills.Subcommands.Add(WithProficiency(environment, globals, "change",
            "Change the proficiency of a routing skill or language for people who have it (nobody is given it).", SkillChangeMode.Change));
        skills.Subcommands.Add(Remove(environment, globals));
        skills.Subcommands.Add(WhoHas(environment, globals));
        skills.Subcommands.Add(Copy(environment, globals));
        skills.Subcommands.Add(Matrix(environment, globals));
        return skills;
    }

    private static Command WithProficiency(CliEnvironment environment, GlobalOptions globals, string name, string description, SkillChangeMode mode)
    {
        var command = new Command(name, description);
        var target = new RoutingTargetOptions();
        var proficiency = new Option<double?>("--proficiency", "-p")
        {
            Description = "Proficiency from 0 to 5 for every row (a whole number for a language); required unless the CSV has a proficiency on every row.",
        };
        var input = new SkillInputOptions();
        target.AddTo(command);
        command.Options.Add(proficiency);
        input.AddTo(command);
        command.Validators.Add(r =>
        {
            var kind = target.Kind(r);
            if (r.GetValue(proficiency) is { } value && !kind.IsValid(value))
                r.AddError($"--proficiency must be {kind.ValidRange()} for a {kind.Noun()} (got {value}).");
        });
        SkillInput people = null!;
        var level = (double?)null;
        command.SetAction((result, ct) => RunAsync(environment, globals, result, async (session, service, output, settings) =>
        {
            var resolved = await target.ResolveAsync(session, result, ct);
            var kind = target.Kind(result);
            var plan = mode == SkillChangeMode.Change
                ? await service.PlanChangeAsync(resolved.Id, people, level, kind, ct)
                : await service.PlanAssignAsync(resolved.Id, people, level, kind, ct);
            return await JobOutcome.PreviewOrApplyAsync(settings, output, session.Engine, plan, $"skills {name}", ct);
        }, validate: async () =>
        {
            // Bad input stops the command before it connects, so nothing is half-done and no credentials are needed.
            people = await input.ReadAsync(result, target.Kind(result), ct);
            level = result.GetValue(proficiency);
            if (level is null && people.ValueProficiencies().Any(p => p is null))
                throw new CliInputException("--proficiency is required: not every row of the input has a proficiency.");
        }));
        return command;
    }

    private static Command Remove(CliEnvironment environment, GlobalOptions globals)
    {
        var command = new Command("remove", "Remove a routing skill or language (each previous proficiency is journaled, so undo restores it).");
        var target = new RoutingTargetOptions();
        var input = new IdentifierOptions();
        target.AddTo(command);
        input.AddTo(command);
        command.SetAction((result, ct) => RunAsync(environment, globals, result, async (session, service, output, settings) =>
        {
            var people = await input.ReadAsync(result, ct);
            var resolved = await target.ResolveAsync(session, result, ct);
            var plan = await service.PlanRemoveAsync(resolved.Id, people.Values, target.Kind(result), people.ValueLines, ct);
            return await JobOutcome.PreviewOrApplyAsync(settings, output, session.Engine, plan, "skills remove", ct);
        }));
        return command;
    }

    private static Command WhoHas(CliEnvironment environment, GlobalOptions globals)
    {
        var command = new Command("who-has", "List everyone who has a skill or language, and at which proficiency.");
        var routing = new RoutingTargetOptions();
        routing.AddTo(command);
        command.SetAction((result, ct) => RunAsync(environment, globals, result, async (session, service, output, _) =>
        {
            var target = await routing.ResolveAsync(session, result, ct);
            var kind = routing.Kind(result);
            var holders = await service.WhoHasAsync(target.Id, kind, ct);
            if (output.Format == OutputFormat.Json)
            {
                output.WriteJson(kind == RoutingKind.Language
                    ? new { language = new { target.Id, target.Name }, holders }
                    : (object)new { skill = new { target.Id, target.Name }, holders });
                return ExitCodes.Done;
            }

            var table = new Table().AddColumns("Name", "Email", "Proficiency", "User id");
            foreach (var h in holders)
                table.AddRow(Markup.Escape(h.Name ?? ""), Markup.Escape(h.Email ?? ""), h.Proficiency.ToString(System.Globalization.CultureInfo.InvariantCulture), h.UserId);
            output.Console.Write(table);
            output.Note($"{holders.Count:N0} people have '{target.Name}'.");
            return ExitCodes.Done;
        }));
        return command;
    }

    private static Command Copy(CliEnvironment environment, GlobalOptions globals)
    {
        var command = new Command("copy",
            "Copy one person's skills and languages to others as one job: add them (default) or make the others' identical.");
        var from = new Option<string>("--from") { Description = "The person to copy from: email or user id.", Required = true };
        var identical = new Option<bool>("--identical") { Description = "Also remove the skills (and languages) the source does not have." };
        var only = new Option<string?>("--only") { Description = "Copy only 'skills' or only 'languages' (default: both)." };
        only.AcceptOnlyFromAmong("skills", "languages");
        var input = new IdentifierOptions();
        command.Options.Add(from);
        command.Options.Add(identical);
        command.Options.Add(only);
        input.AddTo(command);
        command.SetAction((result, ct) => RunAsync(environment, globals, result, async (session, service, output, settings) =>
        {
            var people = await input.ReadAsync(result, ct);
            SkillCopyPlan copy;
            var what = new RoutingCopyOptions(result.GetValue(only) != "languages", result.GetValue(only) != "skills", result.GetValue(identical));
            try
            {
                copy = await service.PlanCopyAsync(result.GetRequiredValue(from), people.Values, what, people.ValueLines, ct);
            }
            catch (ArgumentException ex)
            {
                throw new CliInputException($"--from: {ex.Message.Split(" (Parameter", 2)[0]}", ex);
            }

            output.Note($"Copy {copy.Copied.Count:N0} skills and languages of {copy.SourceName} as one job: {copy.ChangeCount:N0} changes.");
            return await JobOutcome.PreviewOrApplyAsync(settings, output, session.Engine, copy.Plan, "skills copy", ct);
        }));
        return command;
    }

    private static Command Matrix(CliEnvironment environment, GlobalOptions globals)
    {
        var command = new Command("matrix", "Export people × skills and languages as CSV (proficiency in each cell; formula-safe).");
        var file = CsvExport.OutOption();
        command.Options.Add(file);
        command.SetAction((result, ct) => RunAsync(environment, globals, result, async (_, service, _, _) =>
        {
            await CsvExport.WriteAsync(environment, result.GetValue(file), await service.MatrixCsvAsync(ct), ct);
            return ExitCodes.Done;
        }));
        return command;
    }

    private static Task<int> RunAsync(CliEnvironment environment, GlobalOptions globals, ParseResult result,
        Func<CliSession, SkillsManagerService, CliOutput, CliSettings, Task<int>> body, Func<Task>? validate = null) =>
        CommandGuard.RunAsync(environment, globals, result, async (settings, output) =>
        {
            if (validate is not null) await validate();
            await using var session = await CliSession.OpenAsync(settings, output, CancellationToken.None);
            var service = new SkillsManagerService(session.Api, session.Engine, MembershipWorkflow.RequestedBy());
            return await body(session, service, output, settings);
        });
}
