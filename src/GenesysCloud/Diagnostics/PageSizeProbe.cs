using System.Globalization;
using System.Text.Json;

namespace GenesysCloud.Diagnostics;

/// <summary>Is a page of the assumed maximum accepted, and is one above it refused (or clamped)?</summary>
internal static class PageSizeProbe
{
    /// <summary>What a listing holds: its assumed maximum page size, item names, and the field its page is in.</summary>
    public sealed record Items(int Max, string One, string Many, string ListField = "entities");

    /// <summary>Reads one page of a GET list at the assumed maximum and one at the maximum + 1.</summary>
    public static async Task<(IReadOnlyList<ProbeResult> Results, ApiResponse<JsonElement> AtMax)> GetListAsync(
        ProbeRun run, string id, string endpoint, string path, Items items, CancellationToken ct)
    {
        var atMax = await run.Calls.GetAsync(endpoint, path, Query(items.Max), ct).ConfigureAwait(false);
        var above = await run.Calls.GetAsync(endpoint, path, Query(items.Max + 1), ct).ConfigureAwait(false);
        return ([AtMax(id, endpoint, atMax, items), AboveMax(id, endpoint, items.Max, above, items.ListField)], atMax);
    }

    public static ProbeResult AtMax(string id, string endpoint, ApiResponse<JsonElement> answer, Items items)
    {
        var max = items.Max;
        var name = $"Page size {max} on {endpoint}";
        var assumption = $"{endpoint} accepts pageSize {max}, so the suite reads {items.Many} {max} at a time.";
        if (answer.Success)
        {
            var returned = ProbeJson.Array(answer.Data, items.ListField).Count;
            return new ProbeResult($"page-size.{id}", name, ProbeStatus.Pass, assumption,
                $"pageSize {max} accepted: {ProbeJson.Count(returned, items.One, items.Many)} on the first page{Echo(answer.Data, max)}.",
                $"Reading {items.Many} costs one call per {max}.");
        }
        if (answer.StatusCode == 403)
            return Forbidden($"page-size.{id}", name, assumption, answer);
        return new ProbeResult($"page-size.{id}", name, ProbeStatus.Fail, assumption,
            $"pageSize {max} refused: {ProbeJson.Describe(answer)}.",
            $"Every read of {items.Many} at the suite's page size fails; it needs smaller pages (more calls) before it can work with this org.");
    }

    public static ProbeResult AboveMax(string id, string endpoint, int max, ApiResponse<JsonElement> answer, string listField)
    {
        var above = max + 1;
        var name = $"Page size {above} on {endpoint}";
        var assumption = $"{max} is the most {endpoint} serves per page.";
        if (!answer.Success)
        {
            return answer.StatusCode switch
            {
                400 => new ProbeResult($"page-size-above.{id}", name, ProbeStatus.Pass, assumption,
                    $"pageSize {above} refused: {ProbeJson.Describe(answer)}.",
                    $"The maximum is {max}, as the suite assumes."),
                403 => Forbidden($"page-size-above.{id}", name, assumption, answer),
                _ => new ProbeResult($"page-size-above.{id}", name, ProbeStatus.Warn, assumption,
                    $"pageSize {above} answered {ProbeJson.Describe(answer)}.",
                    $"Not the plain 400 expected above the maximum; the suite never sends more than {max}, so this costs nothing today."),
            };
        }
        var echoed = ProbeJson.Number(answer.Data, "pageSize");
        var returned = ProbeJson.Array(answer.Data, listField).Count;
        if (echoed is { } size && size <= max)
        {
            return new ProbeResult($"page-size-above.{id}", name, ProbeStatus.Pass, assumption,
                $"pageSize {above} accepted but clamped to {size.ToString(CultureInfo.InvariantCulture)}.",
                $"The maximum is {max}, as the suite assumes.");
        }
        if (echoed is null && returned <= max)
        {
            return new ProbeResult($"page-size-above.{id}", name, ProbeStatus.Warn, assumption,
                $"pageSize {above} accepted without an error; {returned.ToString(CultureInfo.InvariantCulture)} returned and no page size echoed.",
                $"Could not tell whether {max} is the maximum; the suite never sends more than {max}.");
        }
        return new ProbeResult($"page-size-above.{id}", name, ProbeStatus.Warn, assumption,
            $"pageSize {above} accepted ({returned.ToString(CultureInfo.InvariantCulture)} returned{Echo(answer.Data, above)}).",
            $"The real maximum is higher than {max}: the suite's pages are safe but may cost more calls than needed.");
    }

    /// <summary>The 403 of a probe: the token may not read this, so the assumption could not be checked.</summary>
    public static ProbeResult Forbidden(string id, string name, string assumption, ApiResponse<JsonElement> answer) =>
        new(id, name, ProbeStatus.Skip, assumption,
            $"not readable with this token: {ProbeJson.Describe(answer)}.",
            "Not checked; the permission checks below say which features need what.");

    public static Dictionary<string, string?> Query(int pageSize) => new(StringComparer.Ordinal)
    {
        ["pageSize"] = pageSize.ToString(CultureInfo.InvariantCulture),
        ["pageNumber"] = "1",
    };

    private static string Echo(JsonElement body, int sent) =>
        ProbeJson.Number(body, "pageSize") is { } echoed && echoed != sent
            ? $" (the answer says pageSize {echoed.ToString(CultureInfo.InvariantCulture)})"
            : "";
}
