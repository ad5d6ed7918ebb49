namespace GenesysCloud;

/// <summary>Thrown by helpers that return lists or streams when a call fails.</summary>
public sealed class GenesysApiException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    public GenesysApiException() : base("The Genesys Cloud API call failed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public GenesysApiException(string message) : base(message)
    {
    }

    /// <summary>Creates an exception with a message and inner exception.</summary>
    public GenesysApiException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates an exception carrying the status, code and correlation id of a failed response.</summary>
    public GenesysApiException(string message, int? statusCode, string? errorCode, string? contextId) : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ContextId = contextId;
    }

    internal static GenesysApiException From<T>(ApiResponse<T> failure) =>
        new(Describe(failure.Error, failure.StatusCode, failure.ErrorCode), failure.StatusCode, failure.ErrorCode, failure.ContextId);

    /// <summary>The HTTP status, or null when no answer arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>The Genesys error code, e.g. <c>not.found</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>The Genesys correlation id of the failed call.</summary>
    public string? ContextId { get; }

    private static string Describe(string? error, int? status, string? code) =>
        (status, code) switch
        {
            (null, _) => error ?? "The Genesys Cloud API call failed.",
            (_, null) => $"{status}: {error}",
            _ => $"{status} {code}: {error}",
        };
}
