namespace GenesysCloud.Utilities.Workflow;

/// <summary>Settings of the <see cref="BulkJobRunner"/> (configuration section <c>Jobs</c>).</summary>
public sealed class JobRunnerOptions
{
    /// <summary>Jobs one person may run at the same time; default 3. Each holds a share of the org's rate limit.</summary>
    public int MaxConcurrentJobsPerPerson { get; set; } = 3;

    /// <summary>Finished jobs kept in memory so that every tab (and the Jobs page) can show how they ended; default 50.</summary>
    public int FinishedJobsKept { get; set; } = 50;

    /// <summary>Least time between two progress notifications of one job (the last one always goes out); default 250 ms.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromMilliseconds(250);
}
