using GenesysCloud.Bulk;
using GenesysCloud.Cli.Output;

namespace GenesysCloud.Cli.Commands;

/// <summary>The global options of one invocation.</summary>
public sealed record CliSettings(OutputFormat Output, bool DryRun, bool Sandbox, string? Journal, string ConfigPath, bool ProgressLines, int Tokens)
{
    /// <summary>How long a running job's lease lasts without renewal (<c>--lease-seconds</c>).</summary>
    public TimeSpan LeaseDuration { get; init; } = new BulkEngineOptions().LeaseDuration;

    /// <summary>The engine settings these options ask for; <paramref name="leaseWait"/> is how long to wait for a job another process holds.</summary>
    public BulkEngineOptions EngineOptions(TimeSpan? leaseWait = null) =>
        new() { LeaseDuration = LeaseDuration, LeaseWait = leaseWait ?? TimeSpan.Zero, LeaseHolder = $"gcutil on {Environment.MachineName} (pid {Environment.ProcessId})" };
}
