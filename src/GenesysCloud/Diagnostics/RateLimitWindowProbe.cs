using System.Globalization;

namespace GenesysCloud.Diagnostics;

/// <summary>
/// How the SDK reads the rate-limit headers, checked on the answers the other probes already received (no calls):
/// <c>inin-ratelimit-reset</c> is whole seconds until the window frees and windows last about a minute; and the
/// answers with the largest allowance count every endpoint's calls of the token together (FACTS §7 shows one trace only).
/// </summary>
internal static class RateLimitWindowProbe
{
    /// <summary>Resets above this many seconds are surely not seconds of a minute's window (59,000 would be milliseconds).</summary>
    private const int NotSecondsAbove = 3600;

    /// <summary>A fresh window's first answer shows its whole length: a reset up to this is a minute's window (the real trace showed 61).</summary>
    private const int MinuteWindowAtMost = 62;

    /// <summary>Below this, no answer showed a window near a minute long.</summary>
    private const int MinuteWindowAtLeast = 30;

    private const string ResetAssumption =
        "inin-ratelimit-reset is a whole number of seconds until the window frees, and a window lasts about 60 s (GenesysApiOptions.RateLimitWindow).";

    private const string SharedAssumption =
        "The answers with the largest inin-ratelimit-allowed count all of the token's calls together: their inin-ratelimit-count rises from one endpoint to the next.";

    public static IReadOnlyList<ProbeResult> Read(ProbeRun run) => [Reset(run), Shared(run)];

    private static ProbeResult Reset(ProbeRun run)
    {
        const string id = "rate-limit.reset";
        const string name = "Rate-limit reset in seconds, window about a minute";
        var texts = run.Calls.Answers.Select(a => a.Header(RateLimitProbe.ResetHeader)).OfType<string>().ToList();
        if (texts.Count == 0)
        {
            return new ProbeResult(id, name, ProbeStatus.Fail, ResetAssumption,
                $"none of {ProbeJson.Count(run.Calls.Answers.Count, "answer", "answers")} carried {RateLimitProbe.ResetHeader}.",
                "The SDK cannot tell when a window frees and paces by its own limit only; endpoints with a smaller allowance " +
                "meet 429s, each waited out and retried: slower jobs, no lost changes.");
        }
        var odd = texts.Where(t => !int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)).ToList();
        if (odd.Count > 0)
        {
            return new ProbeResult(id, name, ProbeStatus.Fail, ResetAssumption,
                $"{odd.Count.ToString(CultureInfo.InvariantCulture)} of {texts.Count.ToString(CultureInfo.InvariantCulture)} resets are not whole numbers (e.g. '{odd[0]}').",
                "The SDK ignores such answers' windows and paces by its own limit only: endpoints with a smaller allowance " +
                "meet 429s, each waited out and retried: slower jobs, no lost changes.");
        }

        var seconds = texts.Select(t => int.Parse(t, NumberStyles.Integer, CultureInfo.InvariantCulture)).ToList();
        var (least, most) = (seconds.Min(), seconds.Max());
        var observed = $"{seconds.Count.ToString(CultureInfo.InvariantCulture)} answers, reset between {least.ToString(CultureInfo.InvariantCulture)} " +
                       $"and {most.ToString(CultureInfo.InvariantCulture)} (whole numbers); the longest is the window as its first call saw it.";
        return most switch
        {
            > NotSecondsAbove => new ProbeResult(id, name, ProbeStatus.Fail, ResetAssumption, observed,
                "These are not seconds of a minute's window (milliseconds?): once an endpoint's allowance is used up, the SDK " +
                $"would wait up to {most.ToString(CultureInfo.InvariantCulture)} s for it. Do not run large jobs until this is understood."),
            > MinuteWindowAtMost => new ProbeResult(id, name, ProbeStatus.Warn, ResetAssumption, observed,
                "Windows are longer than the minute the SDK paces its own limit by: set GenesysApiOptions.RateLimitWindow to match, " +
                "or jobs meet 429s, each waited out and retried: slower, no lost changes."),
            < MinuteWindowAtLeast => new ProbeResult(id, name, ProbeStatus.Warn, ResetAssumption, observed,
                "No answer showed a window near a minute long: windows are shorter, or this token's window was open before the " +
                "checks began. Shorter windows make the SDK's own limit stricter than needed: slower, never wrong."),
            _ => new ProbeResult(id, name, ProbeStatus.Pass, ResetAssumption, observed,
                "When an endpoint's allowance is used up, its callers wait for the reset the server gave, not for 429s."),
        };
    }

    private static ProbeResult Shared(ProbeRun run)
    {
        const string id = "rate-limit.token-window";
        const string name = "One rate-limit window across endpoints";
        var counted = run.Calls.Answers
            .Select(a => (a.Endpoint, Allowed: a.WholeNumber(RateLimitProbe.AllowedHeader), Count: a.WholeNumber(RateLimitProbe.CountHeader),
                Reset: a.WholeNumber(RateLimitProbe.ResetHeader)))
            .Where(a => a is { Allowed: > 0, Count: not null })
            .ToList();
        if (counted.Count == 0)
        {
            return new ProbeResult(id, name, ProbeStatus.Skip, SharedAssumption,
                $"no answer carried both {RateLimitProbe.AllowedHeader} and {RateLimitProbe.CountHeader}.", "Not checked.");
        }
        var largest = counted.Max(a => a.Allowed!.Value);
        var tokenWide = counted.Where(a => a.Allowed == largest).ToList();
        int rose = 0, restarted = 0;
        foreach (var (before, after) in tokenWide.Zip(tokenWide.Skip(1)).Where(p => p.First.Endpoint != p.Second.Endpoint))
        {
            if (after.Count > before.Count) rose++;
            // A reset that jumped up is a new window, where the count starts again anyway.
            else if (!(after.Reset > before.Reset)) restarted++;
        }
        var endpoints = tokenWide.Select(a => a.Endpoint).Distinct(StringComparer.Ordinal).Count();
        var observed = $"answers with the largest allowance ({largest.ToString(CultureInfo.InvariantCulture)}) from " +
                       $"{ProbeJson.Count(endpoints, "endpoint", "endpoints")}: the count rose {ProbeJson.Count(rose, "time", "times")} " +
                       $"and started again {ProbeJson.Count(restarted, "time", "times")} when the endpoint changed";
        if (rose + restarted == 0)
        {
            return new ProbeResult(id, name, ProbeStatus.Skip, SharedAssumption, observed + ".",
                "Not shown: too few answers with the largest allowance from different endpoints.");
        }
        if (restarted > 0)
        {
            return new ProbeResult(id, name, ProbeStatus.Warn, SharedAssumption, observed + ": endpoints seem to count apart.",
                "The headers do not show one window for the token, so the SDK relies on its own limit " +
                $"({run.Calls.Api.Options.RequestsPerMinute?.ToString(CultureInfo.InvariantCulture) ?? "none"} per minute) for the token as a whole; " +
                "if the org's real token limit is lower, calls meet 429s, each waited out and retried: slower jobs, no lost changes.");
        }
        return new ProbeResult(id, name, ProbeStatus.Pass, SharedAssumption, observed + ".",
            "The SDK paces the token as a whole by these answers, so calls to different endpoints do not together overrun it.");
    }
}
