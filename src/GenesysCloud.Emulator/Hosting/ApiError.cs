using System.Globalization;
using GenesysCloud.Emulator.Wire;

namespace GenesysCloud.Emulator.Hosting;

/// <summary>A non-2xx API answer: the Genesys ErrorBody with this request's contextId.</summary>
internal sealed class ApiError(int status, string code, string message) : IResult
{
    public string Code => code;

    public string? FieldName { get; init; }

    public int? RetryAfterSeconds { get; init; }

    public static ApiError BadRequest(string message, string? fieldName = null) =>
        new(400, "bad.request", message) { FieldName = fieldName };

    public static ApiError NotFound(string message) => new(404, "not.found", message);

    public static ApiError Conflict(string message) => new(409, "conflict", message);

    /// <summary>The real service's 409 for a stale group version (FACTS §3).</summary>
    public static ApiError VersionConflict() => Conflict("Resource conflict - Unexpected version was provided");

    public static ApiError Unauthorized(string message) => new(401, "authentication.required", message);

    /// <summary>The real service's 429 text (FACTS §7), with <c>Retry-After</c>.</summary>
    public static ApiError TooManyRequests(int retryAfterSeconds) =>
        new(429, "too.many.requests", $"Rate limit exceeded the maximum. Retry the request in [{retryAfterSeconds}] seconds")
        {
            RetryAfterSeconds = retryAfterSeconds,
        };

    /// <summary>The error for a status nobody described, e.g. a failed model binding or an injected fault.</summary>
    public static ApiError ForStatus(int status) => status switch
    {
        400 => BadRequest("The request could not be understood: check the JSON body and the query parameters."),
        401 => Unauthorized("No valid authentication bearer token was specified."),
        404 => NotFound("The requested resource was not found."),
        405 => new(405, "method.not.allowed", "The HTTP method is not allowed for this resource."),
        415 => new(415, "unsupported.media.type", "The request body must be application/json."),
        500 => new(500, "internal.server.error", "The server encountered an unexpected error."),
        502 => new(502, "bad.gateway", "The gateway received an invalid response."),
        503 => new(503, "service.unavailable", "The service is temporarily unavailable."),
        504 => new(504, "gateway.timeout", "The gateway timed out."),
        _ => new(status, status < 500 ? "bad.request" : "internal.server.error", $"The request failed with status {status}."),
    };

    /// <summary>A framework rejection (unreadable JSON, a query value of the wrong type) with the framework's reason.</summary>
    public static ApiError From(BadHttpRequestException rejection)
    {
        var generic = ForStatus(rejection.StatusCode);
        return new ApiError(rejection.StatusCode, generic.Code, rejection.Message);
    }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = status;
        if (RetryAfterSeconds is { } seconds)
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        IReadOnlyList<ErrorDetail> details = FieldName is null ? [] : [new ErrorDetail(code, FieldName)];
        return response.WriteAsJsonAsync(new ErrorBody(message, code, status, httpContext.GetContextId(), details, []));
    }
}
