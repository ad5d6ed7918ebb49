namespace GenesysCloud.Cli.Output;

/// <summary>The JSON shape of <c>jobs list</c>.</summary>
public sealed record JobListJson(IReadOnlyList<JobSummaryJson> Jobs);
