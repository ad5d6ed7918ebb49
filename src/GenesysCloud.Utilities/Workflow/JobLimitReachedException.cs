namespace GenesysCloud.Utilities.Workflow;

/// <summary>A person tried to start more jobs than <see cref="JobRunnerOptions.MaxConcurrentJobsPerPerson"/> allows.</summary>
public sealed class JobLimitReachedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JobLimitReachedException()
        : base("Too many jobs are running.")
    {
    }

    /// <summary>Creates the exception with a message for the person.</summary>
    public JobLimitReachedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public JobLimitReachedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static JobLimitReachedException For(int limit) => new(
        $"You already have {Plural.Of(limit, "job")} running, the most one person may run at a time. "
        + "Wait for one to finish, or cancel one in Jobs, then apply again; this preview stays.");
}
