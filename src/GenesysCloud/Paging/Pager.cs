using System.Runtime.CompilerServices;
using System.Text.Json;
using GenesysCloud.Http;

namespace GenesysCloud;

/// <summary>
/// Walks a GET list page by page, lazily. Follows <c>pageNumber</c> up to <c>pageCount</c> when the
/// envelope has totals, else <c>nextUri</c> (queue members), and stops on an empty page.
/// </summary>
internal static class Pager
{
    public static async IAsyncEnumerable<EntityListing<JsonElement>> PagesAsync(GenesysCloudApi api, string endpoint,
        IDictionary<string, string?>? query, int pageSize, int? maxPages, [EnumeratorCancellation] CancellationToken ct)
    {
        if (maxPages is <= 0)
            yield break;
        var size = PageSizes.Clamp(endpoint, pageSize);
        var pageQuery = new Dictionary<string, string?>(query ?? new Dictionary<string, string?>(), StringComparer.Ordinal)
        {
            ["pageSize"] = size.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["pageNumber"] = "1",
        };
        var response = await api.GetAsync(endpoint, pageQuery, ct).ConfigureAwait(false);
        for (var pagesRead = 1; ; pagesRead++)
        {
            if (!response.Success)
                throw GenesysApiException.From(response);
            var page = ReadListing(response.Data);
            yield return page;

            if (page.Entities.Count == 0 || (maxPages is { } max && pagesRead >= max))
                yield break;
            var currentNumber = page.PageNumber ?? pagesRead;
            if (page.PageCount is { } pageCount)
            {
                if (currentNumber >= pageCount)
                    yield break;
                pageQuery["pageNumber"] = (currentNumber + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                response = await api.GetAsync(endpoint, pageQuery, ct).ConfigureAwait(false);
            }
            else if (!string.IsNullOrEmpty(page.NextUri))
            {
                response = await api.GetAsync(page.NextUri, null, ct).ConfigureAwait(false);
            }
            else
            {
                yield break;
            }
        }
    }

    public static async IAsyncEnumerable<T> ItemsAsync<T>(GenesysCloudApi api, string endpoint,
        IDictionary<string, string?>? query, int pageSize, int? maxPages, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var page in PagesAsync(api, endpoint, query, pageSize, maxPages, ct).ConfigureAwait(false))
        {
            foreach (var entity in page.Entities)
            {
                ct.ThrowIfCancellationRequested();
                yield return GenesysJson.Convert<T>(entity)!;
            }
        }
    }

    /// <summary>Every entity of the list, read at the endpoint's largest page size.</summary>
    public static async Task<IReadOnlyList<T>> ToListAsync<T>(GenesysCloudApi api, string endpoint,
        IDictionary<string, string?>? query, CancellationToken ct)
    {
        var items = new List<T>();
        await foreach (var item in ItemsAsync<T>(api, endpoint, query, PageSizes.Max(endpoint), null, ct).ConfigureAwait(false))
            items.Add(item);
        return items;
    }

    /// <summary>One page with its totals; the query may repeat keys. Throws <see cref="GenesysApiException"/> on failure.</summary>
    public static async Task<EntityListing<T>> GetPageAsync<T>(GenesysCloudApi api, string endpoint,
        IEnumerable<KeyValuePair<string, string?>>? query, int pageNumber, int pageSize, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        var pageQuery = new List<KeyValuePair<string, string?>>(query ?? [])
        {
            new("pageSize", PageSizes.Clamp(endpoint, pageSize).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("pageNumber", pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        var response = await api.SendAsync<EntityListing<T>>(HttpMethod.Get, endpoint, null, pageQuery, retrySafe: true, ct).ConfigureAwait(false);
        if (!response.Success)
            throw GenesysApiException.From(response);
        if (response.Data is not { } page) return new EntityListing<T>();
        // "entities": null reads as an empty page, as a missing "entities" does.
        return page.Entities is null ? page with { Entities = [] } : page;
    }

    public static EntityListing<JsonElement> ReadListing(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return new EntityListing<JsonElement>();
        return new EntityListing<JsonElement>
        {
            Entities = root.TryGetProperty("entities", out var entities) && entities.ValueKind == JsonValueKind.Array
                ? entities.EnumerateArray().ToArray() : [],
            PageNumber = ReadInt(root, "pageNumber"),
            PageSize = ReadInt(root, "pageSize"),
            PageCount = ReadInt(root, "pageCount"),
            Total = root.TryGetProperty("total", out var total) && total.ValueKind == JsonValueKind.Number && total.TryGetInt64(out var t) ? t : null,
            NextUri = ReadString(root, "nextUri"),
            PreviousUri = ReadString(root, "previousUri"),
            SelfUri = ReadString(root, "selfUri"),
        };
    }

    private static int? ReadInt(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : null;

    private static string? ReadString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
