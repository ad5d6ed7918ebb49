using System.Text.Json.Serialization;

namespace GenesysCloud.Cli.Output;

/// <summary>One journaled job in <c>jobs list</c>; <see cref="People"/> counts a skills copy per person (left out for other jobs).</summary>
public sealed record JobSummaryJson(
    string Id,
    string Operation,
    TargetJson Target,
    string Status,
    string? RequestedBy,
    string? UndoOfJobId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    int Items,
    int Changes,
    int Applied,
    int Failed,
    int Unfinished,
    int Calls,
    int Http429,
    string? Error,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PeopleCountJson? People = null);
