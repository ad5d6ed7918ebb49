namespace GenesysCloud.Cli.Connection;

/// <summary>A group, queue or skill found by the name or id the user gave.</summary>
public sealed record ResolvedTarget(TargetKind Kind, string Id, string Name);
