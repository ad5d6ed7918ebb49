using System.Text.Json;
using GenesysCloud.Http;

namespace GenesysCloud;

/// <summary>Pages a POST search (users, groups): same body with <c>pageNumber</c> 1..<c>pageCount</c>, results in <c>results</c>.</summary>
internal static class SearchPager
{
    public const int PageSize = 100;

    public static async Task<IReadOnlyList<T>> SearchAllAsync<T>(GenesysCloudApi api, string endpoint,
        IReadOnlyList<object> criteria, CancellationToken ct, int? maxResults = null)
    {
        var results = new List<T>();
        for (var pageNumber = 1; ; pageNumber++)
        {
            var body = new { pageSize = PageSize, pageNumber, query = criteria };
            var response = await api.SendAsync(HttpMethod.Post, endpoint, body, null, retrySafe: true, ct).ConfigureAwait(false);
            if (!response.Success)
                throw GenesysApiException.From(response);
            var root = response.Data;
            if (root.ValueKind != JsonValueKind.Object ||
                !root.TryGetProperty("results", out var page) || page.ValueKind != JsonValueKind.Array)
                return results;
            var count = 0;
            foreach (var item in page.EnumerateArray())
            {
                results.Add(GenesysJson.Convert<T>(item)!);
                count++;
                if (maxResults is { } max && results.Count >= max)
                    return results;
            }
            var pageCount = root.TryGetProperty("pageCount", out var pc) && pc.ValueKind == JsonValueKind.Number ? pc.GetInt32() : 0;
            if (count == 0 || pageNumber >= pageCount)
                return results;
        }
    }
}
