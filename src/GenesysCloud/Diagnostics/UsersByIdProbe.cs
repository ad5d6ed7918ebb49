using System.Globalization;
using System.Text;

namespace GenesysCloud.Diagnostics;

/// <summary>
/// <c>GET /api/v2/users?id=a&amp;id=b…</c>, the documented bulk read (FACTS §2): are all asked ids returned in one call?
/// </summary>
internal static class UsersByIdProbe
{
    private const int IdsPerCall = UsersApi.MaxIdsPerCall;
    private const string Assumption = "GET /api/v2/users with a repeated id parameter returns every asked user, as many per call as the SDK sends (UsersApi.MaxIdsPerCall).";
    private const string Name = "Users by repeated id";

    public static async Task<ProbeResult> RunAsync(ProbeRun run, CancellationToken ct)
    {
        var ids = run.Users.Select(u => ProbeJson.String(u, "id")).OfType<string>().Distinct(StringComparer.Ordinal).Take(IdsPerCall).ToArray();
        if (ids.Length < 2)
        {
            return new ProbeResult("users.by-id", Name, ProbeStatus.Skip, Assumption,
                $"the first directory page has {ids.Length.ToString(CultureInfo.InvariantCulture)} users.", "Not checked.");
        }

        var answer = await ReadAsync(run, ids, ct).ConfigureAwait(false);
        var asked = ids.Length.ToString(CultureInfo.InvariantCulture);
        if (!answer.Success)
        {
            if (answer.StatusCode == 403)
                return PageSizeProbe.Forbidden("users.by-id", Name, Assumption, answer);
            var two = await ReadAsync(run, ids[..2], ct).ConfigureAwait(false);
            return new ProbeResult("users.by-id", Name, ProbeStatus.Fail, Assumption,
                $"{asked} ids in one call: {ProbeJson.Describe(answer)}; 2 ids: {(two.Success ? "accepted" : ProbeJson.Describe(two))}.",
                two.Success
                    ? $"A call takes fewer than {asked} ids: resolving people by id fails until the suite sends fewer per call."
                    : "Users cannot be read by id in bulk: rows given as ids cannot be resolved.");
        }
        var returned = ProbeJson.Array(answer.Data, "entities").Select(u => ProbeJson.String(u, "id")).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var missing = ids.Count(id => !returned.Contains(id));
        if (missing == 0)
        {
            return new ProbeResult("users.by-id", Name, ProbeStatus.Pass, Assumption,
                $"{asked} ids in one call: all {asked} returned.", $"Ids resolve at {asked} per call.");
        }
        return new ProbeResult("users.by-id", Name, ProbeStatus.Fail, Assumption,
            $"{asked} ids in one call: {missing.ToString(CultureInfo.InvariantCulture)} not returned.",
            "Some people asked for by id are not returned: rows given as ids would be reported 'not found' though they exist.");
    }

    private static Task<ApiResponse<System.Text.Json.JsonElement>> ReadAsync(ProbeRun run, string[] ids, CancellationToken ct)
    {
        // The SDK's query dictionary holds one value per name; a repeated id is written into the path.
        var path = new StringBuilder(ProbeEndpoints.Path(ProbeEndpoints.Users))
            .Append("?pageSize=").Append(ids.Length.ToString(CultureInfo.InvariantCulture)).Append("&pageNumber=1");
        foreach (var id in ids)
            path.Append("&id=").Append(Uri.EscapeDataString(id));
        return run.Calls.GetAsync(ProbeEndpoints.Users, path.ToString(), null, ct);
    }
}
