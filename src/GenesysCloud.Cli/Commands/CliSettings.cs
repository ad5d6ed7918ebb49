using GenesysCloud.Cli.Output;

namespace GenesysCloud.Cli.Commands;

/// <summary>The global options of one invocation.</summary>
public sealed record CliSettings(OutputFormat Output, bool DryRun, bool Sandbox, string? Journal, string ConfigPath, bool ProgressLines, int Tokens);
