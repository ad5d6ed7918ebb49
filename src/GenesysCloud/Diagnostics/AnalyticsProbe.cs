using System.Globalization;
using System.Text.Json;

namespace GenesysCloud.Diagnostics;

/// <summary>
/// The analytics details query the conversation tools page through: page size 100, intervals of at most
/// 31 days, and no paging past 100,000 results (FACTS §5, from third-party sources only). Reads, never writes.
/// </summary>
internal static class AnalyticsProbe
{
    public const int PageMaximum = ConversationsApi.MaxQueryPageSize;
    public const int MaxIntervalDays = 31;
    public const int MaxResults = ConversationsApi.MaxQueryResults;

    public static async Task<IReadOnlyList<ProbeResult>> RunAsync(ProbeRun run, CancellationToken ct)
    {
        var end = run.Time.GetUtcNow();
        var day = Interval(end.AddDays(-1), end);
        var atMax = await QueryAsync(run, day, PageMaximum, 1, ct).ConfigureAwait(false);
        if (atMax.StatusCode == 403)
        {
            const string assumption = "The analytics details query serves pages of 100 over intervals of up to 31 days.";
            return [PageSizeProbe.Forbidden("analytics", "Analytics details query", assumption, atMax)];
        }
        var above = await QueryAsync(run, day, PageMaximum + 1, 1, ct).ConfigureAwait(false);
        var tooLong = await QueryAsync(run, Interval(end.AddDays(-(MaxIntervalDays + 1)), end), 1, 1, ct).ConfigureAwait(false);
        var tooDeep = await QueryAsync(run, day, PageMaximum, MaxResults / PageMaximum + 1, ct).ConfigureAwait(false);
        return
        [
            PageSizeProbe.AtMax("analytics", ProbeEndpoints.AnalyticsQuery, atMax, new(PageMaximum, "conversation", "conversations", "conversations")),
            PageSizeProbe.AboveMax("analytics", ProbeEndpoints.AnalyticsQuery, PageMaximum, above, "conversations"),
            Refused("analytics.interval", $"Analytics interval over {MaxIntervalDays} days",
                $"An interval longer than {MaxIntervalDays} days is refused, so the suite queries in windows of at most {MaxIntervalDays} days.",
                $"a {MaxIntervalDays + 1}-day interval", tooLong,
                $"The suite's {MaxIntervalDays}-day windows are needed, as assumed.",
                $"Longer windows are accepted: the suite's {MaxIntervalDays}-day windows cost more calls than needed, no results are lost."),
            Refused("analytics.result-cap", "Analytics paging past 100,000 results",
                "Paging beyond 100,000 results is refused with 400, so the suite stops there with an error asking to narrow the interval.",
                $"page {(MaxResults / PageMaximum + 1).ToString(CultureInfo.InvariantCulture)} of {PageMaximum}", tooDeep,
                "The cap is real: a sweep with more results must narrow its interval, as the suite says.",
                "The API pages past 100,000 here: the suite stops earlier than it must, with an error asking to narrow the interval."),
        ];
    }

    private static ProbeResult Refused(string id, string name, string assumption, string sent, ApiResponse<JsonElement> answer,
        string whenRefused, string whenAccepted) => answer switch
        {
            { StatusCode: 400 } => new ProbeResult(id, name, ProbeStatus.Pass, assumption, $"{sent}: {ProbeJson.Describe(answer)}.", whenRefused),
            { Success: true } => new ProbeResult(id, name, ProbeStatus.Warn, assumption, $"{sent}: accepted ({ProbeJson.Describe(answer)}).", whenAccepted),
            _ => new ProbeResult(id, name, ProbeStatus.Skip, assumption, $"{sent}: {ProbeJson.Describe(answer)}.", "Not checked."),
        };

    private static Task<ApiResponse<JsonElement>> QueryAsync(ProbeRun run, string interval, int pageSize, int pageNumber, CancellationToken ct) =>
        run.Calls.PostAsync(ProbeEndpoints.AnalyticsQuery, ProbeEndpoints.Path(ProbeEndpoints.AnalyticsQuery),
            new { interval, order = "asc", paging = new { pageSize, pageNumber } }, ct);

    private static string Interval(DateTimeOffset start, DateTimeOffset end) =>
        $"{start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)}/" +
        $"{end.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)}";
}
