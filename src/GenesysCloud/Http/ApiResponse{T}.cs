namespace GenesysCloud;

/// <summary>The outcome of one API call; never thrown for HTTP errors.</summary>
/// <param name="Success">True for a 2xx answer.</param>
/// <param name="Data">The parsed body on success (default when the body is empty).</param>
/// <param name="Error">The Genesys error message (or a transport error) on failure.</param>
/// <param name="StatusCode">The HTTP status, or null when no answer arrived.</param>
public sealed record ApiResponse<T>(bool Success, T? Data = default, string? Error = null, int? StatusCode = null)
{
    /// <summary>The Genesys error code, e.g. <c>bad.request</c>.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The Genesys <c>contextId</c> / <c>inin-correlation-id</c> of the call.</summary>
    public string? ContextId { get; init; }

    /// <summary>
    /// True when the API refused a write as a conflict with another write: 409, 408, or a 400 saying the version "does not
    /// match the current version". The SDK already retried it within <see cref="GenesysApiOptions.ConflictRetryBudget"/>.
    /// </summary>
    public bool IsConflict => !Success && (StatusCode is 409 or 408 ||
        (StatusCode == 400 && Error?.Contains("does not match the current version", StringComparison.OrdinalIgnoreCase) == true));

    /// <summary>The answer's headers (names case-insensitive, repeated values joined by ", "), e.g. <c>inin-ratelimit-allowed</c>; null when no answer arrived.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Throws <see cref="GenesysApiException"/> when the call failed; returns the data otherwise.</summary>
    public T? EnsureSuccess() => Success ? Data : throw GenesysApiException.From(this);

    /// <summary>Copies the failure of this response into a response of another type.</summary>
    public ApiResponse<TOther> AsFailure<TOther>() =>
        new(false, default, Error, StatusCode) { ErrorCode = ErrorCode, ContextId = ContextId };
}
