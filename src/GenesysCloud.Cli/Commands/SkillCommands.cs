using System.CommandLine;
using GenesysCloud.Bulk;
using GenesysCloud.Cli.Connection;
using GenesysCloud.Cli.Input;
using GenesysCloud.Cli.Output;
using GenesysCloud.Utilities.SkillsManager;
using Spectre.Console;

namespace GenesysCloud.Cli.Commands;

/// <summary>
/// <c>gcutil skills</c>: assign, change or remove a routing skill for many people (one proficiency for all, or a
/// proficiency column in the CSV), who-has, copy one person's skills to others, and a people × skills matrix.
/// All go through <see cref="SkillsManagerService"/>.
/// </summary>
public static class SkillCommands
{
    public static Command Build(CliEnvironment environment, GlobalOptions globals)
    {
        var skills = new Command("skills", "Assign, change, remove, copy and report routing skills for many users.");
        skills.Subcommands.Add(WithProficiency(environment, globals, "assign", "Assign a routing skill with a proficiency.", BulkOperation.AssignSkill));
        skills.Subcommands.Add(WithProficiency(environment, globals, "change",
            "Change the proficiency of a routing skill for people who have it (nobody is given it).", BulkOperation.ChangeSkill));
        skills.Subcommands.Add(Remove(environment, globals));
        skills.Subcommands.Add(WhoHas(environment, globals));
        skills.Subcommands.Add(Copy(environment, globals));
        skills.Subcommands.Add(Matrix(environment, globals));
        return skills;
    }

    private static Option<string> SkillOption() => new("--skill") { Description = "The skill's name or id.", Required = true };

    private static Command WithProficiency(CliEnvironment environment, GlobalOptions globals, string name, string description, BulkOperation operation)
    {
        var command = new Command(name, description);
        var skill = SkillOption();
        var proficiency = new Option<double?>("--proficiency", "-p")
        {
            Description = "Proficiency from 0 to 5 for every row; required unless the CSV has a proficiency on every row.",
        };
        proficiency.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double?>() is { } value && value is not (>= 0 and <= 5))
                r.AddError($"--proficiency must be between 0 and 5 (got {value}).");
        });
        var input = new SkillInputOptions();
        command.Options.Add(skill);
        command.Options.Add(proficiency);
        input.AddTo(command);
        SkillInput people = null!;
        var level = (double?)null;
        command.SetAction((result, ct) => RunAsync(environment, globals, result, async (session, service, output, settings) =>
        {
            var target = await session.ResolveAsync(TargetKind.Skill, result.GetRequiredValue(skill), ct);
            var plan = operation == BulkOperation.ChangeSkill
                ? await service.PlanChangeAsync(target.Id, people, level, ct)
                : await service.PlanAssignAsync(target.Id, people, level, ct);
            return await JobOutcome.PreviewOrApplyAsync(settings, output, session.Engine, plan, $"skills {name}", ct);
        }, validate: async () =>
        {
            // Bad input stops the command before it connects, so nothing is half-done and no credentials are needed.
            people = await input.ReadAsync(result, ct);
            level = result.GetValue(proficiency);
            if (level is null && people.ValueProficiencies().Any(p => p is null))
                throw new CliInputException("--proficiency is required: not every row of the input has a proficiency.");
        }));
        return command;
    }

    private static Command Remove(CliEnvironment environment, GlobalOptions globals)
    {
        var command = new Command("remove", "Remove a routing skill (each previous proficiency is journaled, so undo restores it).");
        var skill = SkillOption();
        var input = new IdentifierOptions();
        command.Options.Add(skill);
        input.AddTo(command);
        command.SetAction((result, ct) => RunAsync(environment, globals, result, async (session, service, output, settings) =>
        {
            var people = await input.ReadAsync(result, ct);
            var target = await session.ResolveAsync(TargetKind.Skill, result.GetRequiredValue(skill), ct);
            var plan = await service.PlanRemoveAsync(target.Id, people.Values, ct);
            return await JobOutcome.PreviewOrApplyAsync(settings, output, session.Engine, plan, "skills remove", ct);
        }));
        return command;
    }

    private static Command WhoHas(CliEnvironment environment, GlobalOptions globals)
    {
        var command = new Command("who-has", "List everyone who has a skill, and at which proficiency.");
        var skill = SkillOption();
        command.Options.Add(skill);
        command.SetAction((result, ct) => RunAsync(environment, globals, result, async (session, service, output, _) =>
        {
            var target = await session.ResolveAsync(TargetKind.Skill, result.GetRequiredValue(skill), ct);
            var holders = await service.WhoHasAsync(target.Id, ct);
            if (output.Format == OutputFormat.Json)
            {
                output.WriteJson(new { skill = new { target.Id, target.Name }, holders });
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
        var command = new Command("copy", "Copy one person's skills to others: add them (default) or make the others' skills identical.");
        var from = new Option<string>("--from") { Description = "The person to copy from: email or user id.", Required = true };
        var identical = new Option<bool>("--identical") { Description = "Also remove the skills the source does not have." };
        var input = new IdentifierOptions();
        command.Options.Add(from);
        command.Options.Add(identical);
        input.AddTo(command);
        command.SetAction((result, ct) => RunAsync(environment, globals, result, async (session, service, output, settings) =>
        {
            var people = await input.ReadAsync(result, ct);
            SkillCopyPlan copy;
            try
            {
                copy = await service.PlanCopyAsync(result.GetRequiredValue(from), people.Values, result.GetValue(identical), ct);
            }
            catch (ArgumentException ex)
            {
                throw new CliInputException($"--from: {ex.Message.Split(" (Parameter", 2)[0]}", ex);
            }

            output.Note($"Copy {copy.SourceSkills.Count:N0} skills of {copy.Source.Name}: {copy.Plans.Count:N0} jobs (one per skill), {copy.ChangeCount:N0} changes.");
            foreach (var missing in copy.NotFound)
                output.Note($"Not found: {missing}");
            var exit = copy.NotFound.Count > 0 ? ExitCodes.PartlyFailed : ExitCodes.Done;
            foreach (var plan in copy.Plans.Where(p => p.ChangeCount > 0 || settings.DryRun))
                exit = Math.Max(exit, await JobOutcome.PreviewOrApplyAsync(settings, output, session.Engine, plan, "skills copy", ct));
            return exit;
        }));
        return command;
    }

    private static Command Matrix(CliEnvironment environment, GlobalOptions globals)
    {
        var command = new Command("matrix", "Export people × skills as CSV (proficiency in each cell; formula-safe).");
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
