using System.Text.Json.Serialization;

namespace GenesysCloud.Cli.Output;

/// <summary>
/// The stable JSON shape of every membership command, of <c>jobs show</c>, <c>jobs resume</c> and <c>jobs undo</c>.
/// <see cref="Status"/> is "planned" for a dry run, else the job status (completed, completedWithErrors,
/// cancelled, running). <see cref="Calls"/> and <see cref="Http429"/> count the job's API calls (planning and
/// every run; for a dry run, planning only); <see cref="DurationSeconds"/> is this run's wall time (null when nothing ran).
/// <see cref="Items"/> has every journaled item (the audit's unit: each has its own before-state and result). A job whose
/// input rows stand for several items (a skills copy) also has <see cref="People"/>, one per person as the web app's Jobs
/// page shows them, so a script need not regroup the items to learn who failed; left out for every other job and for plans, whose shape stays as it was.
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
    IReadOnlyList<ItemJson> Items,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<PersonJson>? People = null);
