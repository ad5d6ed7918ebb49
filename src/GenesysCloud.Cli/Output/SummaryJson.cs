namespace GenesysCloud.Cli.Output;

/// <summary>Item counts of a plan or a job. Plan counts (by action) and, once run, result counts (by status).</summary>
public sealed record SummaryJson(
    int Items,
    int WillChange,
    int AlreadyDone,
    int NotFound,
    int Duplicate,
    int Invalid,
    int CannotChangeHere,
    int Applied,
    int Failed,
    int Unfinished);
