using System.Globalization;

namespace GenesysCloud.Diagnostics;

/// <summary>
/// Does each endpoint the suite uses send <c>inin-ratelimit-allowed</c>, and what is its allowance? The SDK
/// paces each endpoint by these headers; allowances below the org's 300 per minute exist (FACTS §7).
/// Read from the answers the other probes already received, so it costs no calls.
/// </summary>
internal static class RateLimitProbe
{
    public const string AllowedHeader = "inin-ratelimit-allowed";
    public const string CountHeader = "inin-ratelimit-count";
    public const string ResetHeader = "inin-ratelimit-reset";
    private const int DefaultAllowance = 300;

    public static IReadOnlyList<ProbeResult> Read(ProbeRun run) =>
    [
        .. ProbeEndpoints.UsedByEngine.Select(endpoint => ForEndpoint(run, endpoint)),
        new ProbeResult("rate-limit.writes", "Rate limit of the write endpoints", ProbeStatus.Skip,
            "Group and queue member changes and user skill patches send inin-ratelimit-* headers too.",
            "not called: the doctor never writes.",
            "Unknown until a job runs; the live contract tests (GENESYS_LIVE_TESTS=1) read them on a scratch group."),
    ];

    private static ProbeResult ForEndpoint(ProbeRun run, string endpoint)
    {
        var id = "rate-limit." + Slug(endpoint);
        var name = $"Rate limit of {endpoint}";
        var assumption = $"{endpoint} answers with {AllowedHeader} (its allowance per window), which the SDK paces calls by.";
        if (!run.Calls.FirstAnswers.TryGetValue(endpoint, out var answer))
            return new ProbeResult(id, name, ProbeStatus.Skip, assumption, "not called (nothing in the org to call it on).", "Not checked.");

        var headers = answer.Headers ?? new Dictionary<string, string>();
        if (!headers.TryGetValue(AllowedHeader, out var allowedText) ||
            !int.TryParse(allowedText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var allowed) || allowed <= 0)
        {
            return new ProbeResult(id, name, ProbeStatus.Fail, assumption,
                $"no usable {AllowedHeader} header on the answer ({ProbeJson.Describe(answer)}).",
                $"The SDK cannot learn this endpoint's allowance and paces by its own limit ({run.Calls.Api.Options.RequestsPerMinute?.ToString(CultureInfo.InvariantCulture) ?? "none"} per minute); " +
                "if the real allowance is lower, calls meet 429s, each waited out and retried: slower jobs, no lost changes.");
        }
        var detail = string.Join(", ", new[] { (CountHeader, "count"), (ResetHeader, "reset") }
            .Where(h => headers.ContainsKey(h.Item1))
            .Select(h => $"{h.Item2} {headers[h.Item1]}" + (h.Item2 == "reset" ? " s" : "")));
        var observed = $"allowed {allowed.ToString(CultureInfo.InvariantCulture)}" + (detail.Length > 0 ? $" ({detail})" : "") + ".";
        var meaning = allowed < DefaultAllowance
            ? $"Calls to this endpoint are paced to {allowed.ToString(CultureInfo.InvariantCulture)} per window, below the usual {DefaultAllowance}: " +
              $"jobs that lean on it take about {(DefaultAllowance / (double)allowed).ToString("0.#", CultureInfo.InvariantCulture)}× as long."
            : $"Calls to this endpoint are paced to {allowed.ToString(CultureInfo.InvariantCulture)} per window.";
        return new ProbeResult(id, name, ProbeStatus.Pass, assumption, observed, meaning);
    }

    /// <summary><c>GET /api/v2/groups/{groupId}/members</c> → <c>get.groups.id.members</c>.</summary>
    private static string Slug(string endpoint)
    {
        var (method, path) = (endpoint[..endpoint.IndexOf(' ', StringComparison.Ordinal)], ProbeEndpoints.Path(endpoint, "id"));
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(2);
        return string.Join('.', segments.Prepend(method)).ToLowerInvariant();
    }
}
