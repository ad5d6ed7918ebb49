using GenesysCloud.Bulk;
using GenesysCloud.Utilities.Jobs;
using GenesysCloud.Utilities.Workflow;

namespace GenesysCloud.Cli.Output;

/// <summary>Maps engine plans, results and journaled jobs to the CLI's stable JSON shapes.</summary>
public static class ReportMapper
{
    public static JobReportJson FromPlan(string command, BulkPlan plan)
    {
        var items = plan.Items
            .Select(i => new ItemJson(
                i.Index, i.Line, i.Identifier, i.UserId, i.UserName, OperationText.Camel(i.Action), null, i.Proficiency, i.RingNumber, i.Note, null))
            .ToList();
        return new JobReportJson(
            command,
            DryRun: true,
            plan.JobId,
            OperationText.Camel(plan.Request.Operation),
            new TargetJson(OperationText.TargetKind(plan.Request.Operation), plan.Request.TargetId, plan.TargetName),
            "planned",
            OperationText.Camel(plan.Resolution),
            plan.UndoOfJobId,
            Summarize(items),
            plan.PlanningCalls,
            0,
            null,
            items);
    }

    /// <summary>A finished run; calls and 429s are the job's totals (planning and every run), duration is this run's.</summary>
    public static JobReportJson FromResult(string command, BulkJobResult result) =>
        FromJob(command, result.Job, result.Items, result.Duration.TotalSeconds);

    /// <summary>A journaled job; calls and 429s are the job's totals over all its runs.</summary>
    public static JobReportJson FromJob(string command, BulkJob job, IReadOnlyList<BulkJobItem> items) =>
        FromJob(command, job, items, null);

    /// <summary>A job in the list; <paramref name="people"/> counts a job read per person (a skills copy).</summary>
    public static JobSummaryJson Summary(BulkJob job, JobPeople? people = null) => new(
        job.Id,
        OperationText.Camel(job.Operation),
        Target(job),
        OperationText.Camel(job.Status),
        job.RequestedBy,
        job.UndoOfJobId,
        job.CreatedAt,
        job.FinishedAt,
        job.ItemCount,
        job.ChangeCount,
        job.AppliedCount,
        job.FailedCount,
        job.UnfinishedCount,
        job.Calls,
        job.Http429,
        job.Error,
        people is null ? null : new PeopleCountJson(people.Changing, people.Applied, people.Failed));

    private static JobReportJson FromJob(string command, BulkJob job, IReadOnlyList<BulkJobItem> jobItems, double? seconds)
    {
        var items = jobItems
            .Select(i => new ItemJson(
                i.Index,
                i.Line,
                i.Identifier,
                i.UserId,
                i.UserName,
                OperationText.Camel(i.Action),
                OperationText.Camel(i.Status),
                i.Proficiency,
                i.RingNumber,
                i.Note,
                i.Error))
            .ToList();
        return new JobReportJson(
            command,
            DryRun: false,
            job.Id,
            OperationText.Camel(job.Operation),
            Target(job),
            OperationText.Camel(job.Status),
            OperationText.Camel(job.Resolution),
            job.UndoOfJobId,
            Summarize(items),
            job.Calls,
            job.Http429,
            seconds is { } s ? Math.Round(s, 3) : null,
            items,
            JobPeople.AppliesTo(job) ? [.. JobPeople.OfflineRows(jobItems).Select(Person)] : null);
    }

    private static PersonJson Person(WorkRow row) => new(
        row.Line, row.Input, row.UserId, row.UserName, OperationText.Camel(row.State), row.Note, row.Error,
        row.PlanItems ?? (row.PlanIndex is { } index ? [index] : []));

    private static TargetJson Target(BulkJob job) => new(OperationText.TargetKind(job.Operation), job.TargetId, job.TargetName);

    private static SummaryJson Summarize(IReadOnlyList<ItemJson> items)
    {
        int Action(BulkItemAction action) => items.Count(i => i.Action == OperationText.Camel(action));
        int Status(params BulkItemStatus[] statuses) =>
            items.Count(i => statuses.Any(s => i.Status == OperationText.Camel(s)));
        return new SummaryJson(
            items.Count,
            Action(BulkItemAction.WillChange),
            Action(BulkItemAction.AlreadyDone),
            Action(BulkItemAction.NotFound),
            Action(BulkItemAction.Duplicate),
            Action(BulkItemAction.Invalid),
            Action(BulkItemAction.CannotChangeHere),
            Status(BulkItemStatus.Applied),
            Status(BulkItemStatus.Failed),
            Status(BulkItemStatus.Pending, BulkItemStatus.InFlight));
    }
}
