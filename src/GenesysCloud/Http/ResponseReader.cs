using System.Text.Json;

namespace GenesysCloud.Http;

/// <summary>Maps an HTTP answer to <see cref="ApiResponse{T}"/>, reading the Genesys ErrorBody on failure.</summary>
internal static class ResponseReader
{
    public static async Task<ApiResponse<JsonElement>> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        var correlationId = CorrelationId(response);
        if (response.IsSuccessStatusCode)
        {
            var data = await TryParseAsync(response, ct).ConfigureAwait(false);
            return new ApiResponse<JsonElement>(true, data ?? default, null, status) { ContextId = correlationId, Headers = ReadHeaders(response) };
        }

        var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        var json = TryParse(body);

        string? message = null, code = null, contextId = null;
        if (json is { ValueKind: JsonValueKind.Object } error)
        {
            message = ReadString(error, "message") ?? ReadString(error, "error_description") ?? ReadString(error, "description");
            code = ReadString(error, "code") ?? ReadString(error, "error");
            contextId = ReadString(error, "contextId");
        }
        message ??= string.IsNullOrWhiteSpace(body) || json is not null
            ? $"{status} {response.ReasonPhrase}".Trim()
            : Truncate(body.Trim(), 500);
        return new ApiResponse<JsonElement>(false, json ?? default, message, status)
        {
            ErrorCode = code,
            ContextId = contextId ?? correlationId,
            Headers = ReadHeaders(response),
        };
    }

    /// <summary>
    /// As <see cref="ReadAsync(HttpResponseMessage, CancellationToken)"/>, with a success's body deserialized as
    /// <typeparamref name="T"/> from the stream; a body of another shape is a failure that says so.
    /// </summary>
    public static async Task<ApiResponse<T>> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode) return (await ReadAsync(response, ct).ConfigureAwait(false)).AsFailure<T>();
        var status = (int)response.StatusCode;
        var correlationId = CorrelationId(response);
        try
        {
            var data = HasBody(response)
                ? await JsonSerializer.DeserializeAsync<T>(await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false), GenesysJson.Options, ct)
                    .ConfigureAwait(false)
                : default;
            return new ApiResponse<T>(true, data, null, status) { ContextId = correlationId, Headers = ReadHeaders(response) };
        }
        catch (JsonException ex)
        {
            return new ApiResponse<T>(false, default, $"Unexpected response shape: {ex.Message}", status) { ContextId = correlationId };
        }
    }

    private static string? CorrelationId(HttpResponseMessage response) =>
        response.Headers.TryGetValues("inin-correlation-id", out var ids) ? ids.FirstOrDefault() : null;

    private static bool HasBody(HttpResponseMessage response) =>
        response.StatusCode != System.Net.HttpStatusCode.NoContent && response.Content.Headers.ContentLength != 0;

    private static Dictionary<string, string> ReadHeaders(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers)
            .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.SelectMany(h => h.Value)), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A success's body parsed straight from the response stream into pooled memory, then copied once: read as a string
    /// first, a page of 500 users also made a UTF-16 copy of itself, twice its size.
    /// </summary>
    private static async Task<JsonElement?> TryParseAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (!HasBody(response))
            return null;
        await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        try
        {
            using var document = await JsonDocument.ParseAsync(stream, default, ct).ConfigureAwait(false);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonElement? TryParse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
