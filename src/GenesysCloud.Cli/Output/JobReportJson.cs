namespace GenesysCloud.Cli.Output;

/// <summary>
/// The stable JSON shape of every membership command, of <c>jobs show</c>, <c>jobs resume</c> and <c>jobs undo</c>.
/// <see cref="Status"/> is "planned" for a dry run, else the job status (completed, completedWithErrors,
/// cancelled, running).
/// </summary>
public sealed record JobReportJson(
    string Command,
    bool DryRun,
    string JobId,
    string Operation,
    TargetJson Target,
    string Status,
    string Resolution,
    string? UndoOfJobId,
    SummaryJson Summary,
    int Calls,
    int Http429,
    double? DurationSeconds,
    IReadOnlyList<ItemJson> Items);
