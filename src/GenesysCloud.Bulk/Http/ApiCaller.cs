using System.Collections.Concurrent;
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
    public const int MaxConcurrentReads = 8;

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

    /// <summary>One page of a GET list.</summary>
    public async Task<ListPage> GetPageAsync(string endpoint, int pageNumber, int pageSize, string what, CancellationToken ct)
    {
        var query = new Dictionary<string, string?>
        {
            ["pageSize"] = pageSize.ToString(CultureInfo.InvariantCulture),
            ["pageNumber"] = pageNumber.ToString(CultureInfo.InvariantCulture),
        };
        var body = await GetAsync(endpoint, query, $"{what} (page {pageNumber})", ct);
        var entities = WireJson.Array(body, "entities").ToList();
        var pageCount = WireJson.Int(body, "pageCount");
        return new ListPage(entities, WireJson.Int(body, "total"), pageCount, pageCount is { } n ? pageNumber < n : WireJson.String(body, "nextUri") is not null);
    }

    /// <summary>
    /// Every entity of a GET list, each page mapped as it arrives. When page 1 tells the page count, pages 2..N are
    /// read concurrently; otherwise (queue members) page by page until <c>nextUri</c> ends.
    /// </summary>
    public async Task<List<T>> GetAllAsync<T>(string endpoint, int pageSize, Func<JsonElement, T?> map, string what, CancellationToken ct,
        ListPage? firstPage = null)
        where T : class
    {
        var first = firstPage ?? await GetPageAsync(endpoint, 1, pageSize, what, ct);
        var pages = new ConcurrentDictionary<int, IEnumerable<T>> { [1] = Map(first, map) };
        if (first.PageCount is { } pageCount)
        {
            await Parallel.ForEachAsync(Enumerable.Range(2, Math.Max(0, pageCount - 1)),
                new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentReads, CancellationToken = ct },
                async (number, token) => pages[number] = Map(await GetPageAsync(endpoint, number, pageSize, what, token), map));
        }
        else
        {
            for (var (page, number) = (first, 2); page.HasNext && page.Entities.Count > 0; number++)
            {
                page = await GetPageAsync(endpoint, number, pageSize, what, ct);
                pages[number] = Map(page, map);
            }
        }

        return [.. pages.OrderBy(p => p.Key).SelectMany(p => p.Value)];
    }

    public static bool IsTransient(ApiResponse<JsonElement> response) => response.StatusCode is null or 401 or 408 or 429 or >= 500;

    private static T[] Map<T>(ListPage page, Func<JsonElement, T?> map)
        where T : class => [.. page.Entities.Select(map).OfType<T>()];
}
