namespace GenesysCloud.Cli.Output;

/// <summary>The group, queue or skill a job changes.</summary>
public sealed record TargetJson(string Kind, string Id, string Name);
