using System.CommandLine;
using GenesysCloud.Bulk;
using GenesysCloud.Cli.Connection;
using GenesysCloud.Cli.Output;
using GenesysCloud.Utilities.Jobs;

namespace GenesysCloud.Cli.Commands;

/// <summary><c>jobs list|show|resume|undo</c>: the journal as an audit trail, and the way back from a crash or a mistake.</summary>
public static class JobsCommands
{
    public static Command Build(CliEnvironment environment, GlobalOptions globals)
    {
        var jobs = new Command("jobs", "List, inspect, resume and undo journaled jobs.");
        jobs.Subcommands.Add(List(environment, globals));
        jobs.Subcommands.Add(Show(environment, globals));
        jobs.Subcommands.Add(Resume(environment, globals));
        jobs.Subcommands.Add(Undo(environment, globals));
        return jobs;
    }

    private static Command List(CliEnvironment environment, GlobalOptions globals)
    {
        var limit = new Option<int>("--limit") { Description = "Newest jobs to list.", DefaultValueFactory = _ => 50 };
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
                r.AddError("--limit must be at least 1.");
        });
        var command = new Command("list", "List journaled jobs, newest first.") { limit };
        command.SetAction((result, ct) => CommandGuard.RunAsync(environment, globals, result, async (settings, output) =>
        {
            using var journal = JournalFactory.Open(settings.Journal, settings.Sandbox);
            var list = await journal.ListJobsAsync(result.GetValue(limit), ct: ct);
            var jobs = new List<JobSummaryJson>(list.Count);
            foreach (var job in list) // the journal counts items; a skills copy is counted per person from its items
                jobs.Add(ReportMapper.Summary(job, JobPeople.AppliesTo(job) ? JobPeople.Count(await journal.GetItemsAsync(job.Id, ct)) : null));
            ReportRenderer.Write(output, new JobListJson(jobs));
            return ExitCodes.Done;
        }));
        return command;
    }

    private static Command Show(CliEnvironment environment, GlobalOptions globals)
    {
        var id = JobId();
        var command = new Command("show", "Show one job with every item and its result (a skills copy: one row per person).") { id };
        command.SetAction((result, ct) => CommandGuard.RunAsync(environment, globals, result, async (settings, output) =>
        {
            using var journal = JournalFactory.Open(settings.Journal, settings.Sandbox);
            var job = await FindJobAsync(journal, result.GetRequiredValue(id), ct);
            var items = await journal.GetItemsAsync(job.Id, ct);
            ReportRenderer.Write(output, ReportMapper.FromJob("jobs show", job, items));
            return ExitCodes.Done;
        }));
        return command;
    }

    private static Command Resume(CliEnvironment environment, GlobalOptions globals) => EngineCommand(
        "resume", "Finish an interrupted job without repeating applied items.", environment, globals,
        async (_, output, engine, job, ct) =>
        {
            output.Note($"Resuming job {job.Id}: {OperationText.Describe(job.Operation, job.TargetName, job.Proficiency)}.");
            var run = await JobProgress.RunAsync(output, "jobs resume", progress => engine.ResumeAsync(job.Id, progress, ct));
            return JobOutcome.Report(output, "jobs resume", run);
        },
        new Option<bool>("--wait")
        {
            Description = "When another process or instance runs the job, wait for it to finish or for its lease to run out (its process died), then resume.",
        });

    private static Command Undo(CliEnvironment environment, GlobalOptions globals) => EngineCommand(
        "undo", "Plan and apply the inverse of a finished job (--dry-run previews it).", environment, globals,
        async (settings, output, engine, job, ct) =>
        {
            var plan = await engine.PlanUndoAsync(job.Id, MembershipWorkflow.RequestedBy(), ct);
            return await JobOutcome.PreviewOrApplyAsync(settings, output, engine, plan, "jobs undo", ct);
        });

    /// <summary>A command on one journaled job that needs the org: finds the job, connects, creates the engine.</summary>
    private static Command EngineCommand(
        string name,
        string description,
        CliEnvironment environment,
        GlobalOptions globals,
        Func<CliSettings, CliOutput, BulkEngine, BulkJob, CancellationToken, Task<int>> body,
        Option<bool>? wait = null)
    {
        var id = JobId();
        var command = new Command(name, description) { id };
        if (wait is not null) command.Options.Add(wait);
        command.SetAction((result, ct) => CommandGuard.RunAsync(environment, globals, result, async (settings, output) =>
        {
            using var journal = JournalFactory.Open(settings.Journal, settings.Sandbox);
            var job = await FindJobAsync(journal, result.GetRequiredValue(id), ct);
            await using var connection = await CliConnection.OpenAsync(settings, ct);
            var leaseWait = wait is not null && result.GetValue(wait) ? Timeout.InfiniteTimeSpan : TimeSpan.Zero;
            if (leaseWait != TimeSpan.Zero && job.IsLeasedAt(DateTimeOffset.UtcNow))
                output.Note($"Job {job.Id} is running on {job.LeaseHolder} (lease until {job.LeaseExpiresAt:u}); waiting until it finishes or its lease runs out (Ctrl+C stops waiting).");
            return await body(settings, output, new BulkEngine(connection.Bulk, journal, settings.EngineOptions(leaseWait)), job, ct);
        }));
        return command;
    }

    private static Argument<string> JobId() => new("id") { Description = "The job id (see 'gcutil jobs list')." };

    private static async Task<BulkJob> FindJobAsync(Bulk.Journal.IJobJournal journal, string id, CancellationToken ct) =>
        await journal.GetJobAsync(id.Trim(), ct)
        ?? throw new CliInputException($"No job '{id}' in the journal (see 'gcutil jobs list'; --journal selects another journal).");
}
