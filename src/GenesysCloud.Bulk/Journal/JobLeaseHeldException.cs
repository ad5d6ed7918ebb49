using System.Globalization;

namespace GenesysCloud.Bulk.Journal;

/// <summary>A job is running elsewhere (another process, instance or engine holds its lease): it is not run twice.</summary>
public sealed class JobLeaseHeldException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="jobId"/> refused by <paramref name="claim"/>.</summary>
    public JobLeaseHeldException(string jobId, JobLeaseClaim claim)
        : base(Describe(jobId, claim))
    {
        ArgumentNullException.ThrowIfNull(claim);
        JobId = jobId;
        Holder = claim.Holder;
        ExpiresAt = claim.ExpiresAt;
    }

    /// <summary>Creates the exception with a message of its own.</summary>
    public JobLeaseHeldException(string message)
        : base(message) => JobId = "";

    /// <summary>Creates the exception with a message and a cause.</summary>
    public JobLeaseHeldException(string message, Exception innerException)
        : base(message, innerException) => JobId = "";

    /// <summary>Creates the exception without details.</summary>
    public JobLeaseHeldException()
        : this("The job is running elsewhere.")
    {
    }

    /// <summary>The job refused.</summary>
    public string JobId { get; }

    /// <summary>Who holds the job (host and process); null when another claim was being made at that moment.</summary>
    public string? Holder { get; }

    /// <summary>Until when the holder's lease runs unless renewed.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    private static string Describe(string jobId, JobLeaseClaim claim) => claim?.Holder is { } holder
        ? $"Job {jobId} is running on {holder} (its lease runs until {claim.ExpiresAt?.UtcDateTime.ToString("u", CultureInfo.InvariantCulture)} and is renewed while it runs). " +
          "It is not run twice; if that process has stopped, resume the job after that time."
        : $"Job {jobId} is being claimed by another process at this moment; it is not run twice. Try again in a moment.";
}
