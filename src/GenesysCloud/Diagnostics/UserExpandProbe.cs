using System.Globalization;
using System.Text.Json;

namespace GenesysCloud.Diagnostics;

/// <summary>
/// Does a full directory page (<c>GET /api/v2/users?pageSize=500&amp;expand=skills</c>, and <c>expand=languages</c>) carry each
/// user's routing skills or languages? Skills and language jobs read who holds what from those pages; the API calls
/// expands "best effort" (FACTS §2), and the engine reads the people a page left out again, at a cost in calls.
/// </summary>
internal static class UserExpandProbe
{
    private const int PageSize = PageSizes.Lists;
    private const int People = 1000;
    private const int CallsPerMinute = 300;

    public static async Task<IReadOnlyList<ProbeResult>> RunAsync(ProbeRun run, CancellationToken ct) =>
    [
        await RunAsync(run, "skills", ProbeEndpoints.UserSkills, ct).ConfigureAwait(false),
        await RunAsync(run, "languages", ProbeEndpoints.UserLanguages, ct).ConfigureAwait(false),
    ];

    private static async Task<ProbeResult> RunAsync(ProbeRun run, string expand, string perUserEndpoint, CancellationToken ct)
    {
        var id = $"users.expand-{expand}";
        var name = $"expand={expand} on a page of {PageSize} users";
        var assumption = $"{ProbeEndpoints.Users}?pageSize={PageSize}&expand={expand} lists every user on the page with their {expand} (an empty list for none).";
        var query = PageSizeProbe.Query(PageSize);
        query["expand"] = expand;
        var answer = await run.Calls.GetAsync(ProbeEndpoints.Users, ProbeEndpoints.Path(ProbeEndpoints.Users), query, ct).ConfigureAwait(false);
        if (!answer.Success)
        {
            return answer.StatusCode == 403
                ? PageSizeProbe.Forbidden(id, name, assumption, answer)
                : new ProbeResult(id, name, ProbeStatus.Fail, assumption, $"refused: {ProbeJson.Describe(answer)}.",
                    $"Jobs that change {expand} read the directory this way and would fail: do not run them on this org.");
        }

        var users = ProbeJson.Array(answer.Data, "entities");
        if (users.Count == 0)
            return new ProbeResult(id, name, ProbeStatus.Skip, assumption, "the page lists no user.", "Not checked.");
        var holders = users.Count(u => Field(u, expand) is { } list && list.GetArrayLength() > 0);
        var missing = users.Count(u => Field(u, expand) is null);
        var observed = $"{ProbeJson.Count(users.Count, "user", "users")} on the page";
        if (missing == 0)
        {
            return new ProbeResult(id, name, ProbeStatus.Pass, assumption,
                $"{observed}, every one with a {expand} list ({holders.ToString(CultureInfo.InvariantCulture)} hold at least one).",
                $"Jobs read who holds which {Singular(expand)} from the directory: one call per {PageSize} people.");
        }

        // Per 1,000 people like these: reads by id (100 per call, same expand), then one per-user read for each still missing.
        var share = (double)missing / users.Count;
        var perUser = (int)Math.Ceiling(People * share);
        var extra = (int)Math.Ceiling(perUser / (double)UsersApi.MaxIdsPerCall) + perUser;
        return new ProbeResult(id, name, ProbeStatus.Warn, assumption,
            $"{observed}, {missing.ToString(CultureInfo.InvariantCulture)} of them without a {expand} field (not expanded, or left out for people with none).",
            $"The engine reads those people again, {UsersApi.MaxIdsPerCall} per call by id with the same expand, and one by one " +
            $"({perUserEndpoint}) where that leaves it out too: at this page's share, every {People.ToString("N0", CultureInfo.InvariantCulture)} people " +
            $"cost up to {extra.ToString("N0", CultureInfo.InvariantCulture)} more calls (about " +
            $"{(extra / (double)CallsPerMinute).ToString("0.#", CultureInfo.InvariantCulture)} min at {CallsPerMinute} calls per minute). Slower, not wrong.");
    }

    private static JsonElement? Field(JsonElement user, string name) =>
        user.ValueKind == JsonValueKind.Object && user.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value : null;

    private static string Singular(string expand) => expand.TrimEnd('s');
}
