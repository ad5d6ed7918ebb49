using System.Globalization;
using System.Text.Json;

namespace GenesysCloud.Diagnostics;

/// <summary>
/// One <c>POST /api/v2/users/search</c> with an EXACT criterion carrying many emails in <c>values</c>: the
/// suite resolves up to 100 emails per call this way. The same call checks the search page size (100).
/// </summary>
internal static class UserSearchProbe
{
    public const int PageMaximum = SearchPager.PageSize;
    private const string Assumption = "One EXACT search on email with up to 100 values finds every one of those users in one call.";
    private const string Name = "EXACT user search with many values";

    public static async Task<IReadOnlyList<ProbeResult>> RunAsync(ProbeRun run, CancellationToken ct)
    {
        var emails = run.Users.Select(u => ProbeJson.String(u, "email")).OfType<string>()
            .Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Take(UsersApi.MaxSearchValues).ToArray();
        if (emails.Length < 2)
        {
            return
            [
                new ProbeResult("search.exact-values", Name, ProbeStatus.Skip, Assumption,
                    $"the first directory page has {emails.Length.ToString(CultureInfo.InvariantCulture)} users with an email.", "Not checked."),
            ];
        }

        var path = ProbeEndpoints.Path(ProbeEndpoints.UserSearch);
        var atMax = await run.Calls.PostAsync(ProbeEndpoints.UserSearch, path, Body(PageMaximum, emails), ct).ConfigureAwait(false);
        var above = await run.Calls.PostAsync(ProbeEndpoints.UserSearch, path, Body(PageMaximum + 1, emails[..1]), ct).ConfigureAwait(false);
        return
        [
            Values(emails, atMax),
            PageSizeProbe.AtMax("search", ProbeEndpoints.UserSearch, atMax, new(PageMaximum, "search result", "search results", "results")),
            PageSizeProbe.AboveMax("search", ProbeEndpoints.UserSearch, PageMaximum, above, "results"),
        ];
    }

    private static object Body(int pageSize, string[] emails) => new
    {
        pageSize,
        pageNumber = 1,
        query = new[] { new { type = "EXACT", fields = new[] { "email" }, values = emails } },
    };

    private static ProbeResult Values(string[] emails, ApiResponse<JsonElement> answer)
    {
        var sent = emails.Length.ToString(CultureInfo.InvariantCulture);
        if (!answer.Success)
        {
            return answer.StatusCode == 403
                ? PageSizeProbe.Forbidden("search.exact-values", Name, Assumption, answer)
                : new ProbeResult("search.exact-values", Name, ProbeStatus.Fail, Assumption,
                    $"{sent} emails in one call: {ProbeJson.Describe(answer)}.",
                    "Resolving people by email fails as the suite does it; it would need one call per email (up to 100 times the calls).");
        }
        var found = ProbeJson.Array(answer.Data, "results").Select(u => ProbeJson.String(u, "email")).OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = emails.Count(e => !found.Contains(e));
        if (missing == 0)
        {
            return new ProbeResult("search.exact-values", Name, ProbeStatus.Pass, Assumption,
                $"{sent} emails in one call: all {sent} found.", "Emails resolve at 100 per call.");
        }
        return new ProbeResult("search.exact-values", Name, ProbeStatus.Warn, Assumption,
            $"{sent} emails in one call: {missing.ToString(CultureInfo.InvariantCulture)} of them not found, though the directory lists them.",
            "Search misses people the directory has (its index lags by 30–45 s after changes): rows for them would be reported 'not found'. Run again in a minute; if it persists, resolve by id.");
    }
}
