using Microsoft.Extensions.Logging;

namespace GenesysCloud;

/// <summary>Retry, rate-limit, timeout and logging settings of a <see cref="GenesysCloudApi"/>.</summary>
public sealed class GenesysApiOptions
{
    /// <summary>Attempts per request including the first (1 = no retries). Default 5.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Total time a request may spend retrying, waits included. Default 120 s.</summary>
    public TimeSpan MaxRetryDuration { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Client-side limit per access token; null or 0 turns it off. Default 300, Genesys's default for a token; when the
    /// server reports a lower allowance for the token (the largest <c>inin-ratelimit-allowed</c> it sent), that is used.
    /// The server's per-endpoint allowances (<c>inin-ratelimit-*</c> headers, <c>Retry-After</c>) are followed either way.
    /// </summary>
    public int? RequestsPerMinute { get; set; } = 300;

    /// <summary>The window <see cref="RequestsPerMinute"/> applies to. Default one minute.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Timeout of one attempt. Default 60 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Wait after a 429 that carries no <c>Retry-After</c>. Default 3 s.</summary>
    public TimeSpan DefaultRetryAfter { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>First backoff delay for 5xx and connection errors (doubles per attempt, with jitter). Default 1 s.</summary>
    public TimeSpan BackoffBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long one group member batch (or skills bulk patch, or member delete) keeps retrying a version conflict
    /// or 409 before it is reported failed, counted from the first conflict (time spent waiting for a rate-limit slot
    /// before it is not retrying). Reads of a group's version may lag behind writes, so a re-read is
    /// retried too. Default 30 s (Genesys's own provider retries for about 27 s).
    /// </summary>
    public TimeSpan ConflictRetryBudget { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a queue member's ring number PATCH keeps retrying a 404, for a member added moments ago whom
    /// that endpoint does not know yet (Genesys's own provider retries it). Someone who truly is not an individual member
    /// is reported after this. Default 10 s; zero turns the retry off.
    /// </summary>
    public TimeSpan NewQueueMemberRetryBudget { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>First wait after a conflict; the n-th wait is about n × this, with jitter. Default 500 ms.</summary>
    public TimeSpan ConflictBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The User-Agent header sent with each request.</summary>
    public string UserAgent { get; set; } = "GenesysCloudUtilities/1.0";

    /// <summary>Logger factory for request logs (method, path, status, duration, attempt, correlation id).</summary>
    public ILoggerFactory? Logger { get; set; }

    /// <summary>Clock for rate-limit windows and retry waits; the system clock when null.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (MaxAttempts < 1)
            throw new ArgumentException("MaxAttempts must be at least 1.", nameof(MaxAttempts));
        if (MaxRetryDuration < TimeSpan.Zero)
            throw new ArgumentException("MaxRetryDuration must not be negative.", nameof(MaxRetryDuration));
        if (RequestsPerMinute < 0)
            throw new ArgumentException("RequestsPerMinute must not be negative.", nameof(RequestsPerMinute));
        if (RateLimitWindow <= TimeSpan.Zero)
            throw new ArgumentException("RateLimitWindow must be positive.", nameof(RateLimitWindow));
        if (Timeout <= TimeSpan.Zero)
            throw new ArgumentException("Timeout must be positive.", nameof(Timeout));
        if (DefaultRetryAfter < TimeSpan.Zero)
            throw new ArgumentException("DefaultRetryAfter must not be negative.", nameof(DefaultRetryAfter));
        if (BackoffBaseDelay < TimeSpan.Zero)
            throw new ArgumentException("BackoffBaseDelay must not be negative.", nameof(BackoffBaseDelay));
        if (ConflictRetryBudget < TimeSpan.Zero)
            throw new ArgumentException("ConflictRetryBudget must not be negative.", nameof(ConflictRetryBudget));
        if (NewQueueMemberRetryBudget < TimeSpan.Zero)
            throw new ArgumentException("NewQueueMemberRetryBudget must not be negative.", nameof(NewQueueMemberRetryBudget));
        if (ConflictBaseDelay < TimeSpan.Zero)
            throw new ArgumentException("ConflictBaseDelay must not be negative.", nameof(ConflictBaseDelay));
    }
}
