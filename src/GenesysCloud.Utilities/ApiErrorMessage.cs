using System.Text;

namespace GenesysCloud.Utilities;

/// <summary>
/// Turns API failures into one line an administrator can act on: what failed, the HTTP status,
/// the Genesys error code and message, and the correlation id to quote to Genesys support.
/// </summary>
public static class ApiErrorMessage
{
    /// <summary>Describes a failed <see cref="ApiResponse{T}"/>.</summary>
    /// <param name="response">The failed response.</param>
    /// <param name="action">What was attempted, e.g. "Loading members"; optional.</param>
    public static string From<T>(ApiResponse<T> response, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Format(action, response.StatusCode, response.ErrorCode, response.Error, response.ContextId);
    }

    /// <summary>Describes an exception; <see cref="GenesysApiException"/> details are included.</summary>
    /// <param name="exception">The failure.</param>
    /// <param name="action">What was attempted; optional.</param>
    public static string From(Exception exception, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            GenesysApiException api => Format(action, api.StatusCode, api.ErrorCode, api.Message, api.ContextId),
            OperationCanceledException => Format(action, null, null, "Cancelled.", null),
            HttpRequestException http => Format(action, (int?)http.StatusCode, null, $"Network error: {http.Message}", null),
            _ => Format(action, null, null, exception.Message, null),
        };
    }

    private static string Format(string? action, int? status, string? code, string? message, string? contextId)
    {
        var text = new StringBuilder();
        text.Append(string.IsNullOrWhiteSpace(action) ? "Request failed" : $"{action} failed");
        if (status is not null)
        {
            text.Append($" (HTTP {status}{(code is null ? "" : $" {code}")})");
        }
        else if (code is not null)
        {
            text.Append($" ({code})");
        }

        var details = string.IsNullOrWhiteSpace(message) ? "no details were returned" : message.Trim();
        text.Append(": ").Append(details);
        if (!details.EndsWith('.'))
        {
            text.Append('.');
        }

        if (!string.IsNullOrWhiteSpace(contextId))
        {
            text.Append($" Correlation id: {contextId}");
        }

        return text.ToString();
    }
}
