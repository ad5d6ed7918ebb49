using GenesysCloud.Bulk;

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

    public static JobSummaryJson Summary(BulkJob job) => new(
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
        job.Error);

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
            items);
    }

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
