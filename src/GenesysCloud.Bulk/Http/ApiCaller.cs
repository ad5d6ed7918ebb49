using System.Globalization;
using System.Text.Json;
using GenesysCloud.Bulk.Resolution;

namespace GenesysCloud.Bulk.Http;

/// <summary>
/// The engine's calls through the connection's pool: each attempt goes to the next token's client, and
/// failures the SDK leaves to the caller (500, lost connections of POSTs, a failed re-authentication) are
/// retried with backoff. 429s never reach here: the SDK waits for Retry-After.
/// </summary>
internal sealed class ApiCaller(BulkConnection connection, BulkEngineOptions options)
{
    public BulkConnection Connection => connection;

    public async Task<ApiResponse<JsonElement>> SendAsync(Func<GenesysCloudApi, CancellationToken, Task<ApiResponse<JsonElement>>> call, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await call(connection.NextApi(), ct);
            if (response.Success || !IsTransient(response) || attempt >= options.MaxCallAttempts) return response;
            await Task.Delay(options.RetryBaseDelay * Math.Pow(2, attempt - 1), connection.Time, ct);
        }
    }

    /// <summary>A read planning cannot do without: retried, then thrown as <see cref="GenesysApiException"/>.</summary>
    public async Task<JsonElement> GetAsync(string endpoint, IDictionary<string, string?>? query, string what, CancellationToken ct) =>
        WireJson.Require(await SendAsync((api, token) => api.GetAsync(endpoint, query, token), ct), what);

    /// <summary>Every entity of a GET list, page by page (pageCount when the envelope has it, else until nextUri ends).</summary>
    public async Task<List<JsonElement>> GetAllAsync(string endpoint, int pageSize, string what, CancellationToken ct)
    {
        var entities = new List<JsonElement>();
        for (var pageNumber = 1; ; pageNumber++)
        {
            var query = new Dictionary<string, string?>
            {
                ["pageSize"] = pageSize.ToString(CultureInfo.InvariantCulture),
                ["pageNumber"] = pageNumber.ToString(CultureInfo.InvariantCulture),
            };
            var page = await GetAsync(endpoint, query, what, ct);
            var count = entities.Count;
            entities.AddRange(WireJson.Array(page, "entities"));
            var last = WireJson.Int(page, "pageCount") is { } pageCount ? pageNumber >= pageCount : WireJson.String(page, "nextUri") is null;
            if (last || entities.Count == count) return entities;
        }
    }

    public static bool IsTransient(ApiResponse<JsonElement> response) => response.StatusCode is null or 401 or 408 or 429 or >= 500;
}
