using GenesysCloud.Emulator;

namespace GenesysCloud.Benchmarks.Harness;

/// <summary>
/// Runs one contender on its own freshly seeded emulator (in this process) with the contender in a child
/// process, and measures it: API calls from the emulator's request log (token requests excluded), 429s and 409s,
/// wall time, API span and peak memory of the contender process, and whether the final state is exactly right.
/// </summary>
public static class ContenderRunner
{
    public static async Task<ContenderResult> RunAsync<TScenario>(
        BenchmarkSettings settings,
        string contender,
        Func<GenesysEmulator, TScenario> prepare,
        Func<TScenario, ContenderRequest> request,
        Func<GenesysEmulator, TScenario, ContenderOutcome, bool> verify,
        CancellationToken ct,
        Action<EmulatorOptions>? configure = null,
        Func<GenesysEmulator, TScenario>? prepareWarmUp = null)
    {
        await using var warmUp = settings.WarmUp && prepareWarmUp is not null ? await StartWarmUpAsync(settings, configure, ct) : null;
        await using var emulator = await GenesysEmulator.StartAsync(EmulatorOptionsFor(settings, configure), ct);
        var scenario = prepare(emulator);
        await StartServingAsync(emulator, ct);
        emulator.Requests.Clear();

        var measured = request(scenario) with { Contender = contender, Settings = settings };
        if (warmUp is not null)
            measured = measured with { WarmUp = request(prepareWarmUp!(warmUp)) with { Contender = contender, Settings = settings } };
        var report = await ContenderProcess.RunAsync(emulator, measured, ct, warmUp);

        if (Environment.GetEnvironmentVariable("BENCH_TIMELINE") is { Length: > 0 } timelinePath)
        {
            var entries = emulator.Requests.Entries;
            var t0 = entries.Min(e => e.Time - e.Duration);
            await File.WriteAllLinesAsync(timelinePath, entries.Select(e =>
                $"{(e.Time - e.Duration - t0).TotalMilliseconds,8:F1} {(e.Time - t0).TotalMilliseconds,8:F1} {e.Duration.TotalMilliseconds,6:F1} {e.StatusCode} {e.Method} {e.RouteTemplate}"), ct);
        }

        var byEndpoint = ApiCallsByEndpoint(emulator.Requests.CountsByEndpoint());
        return new ContenderResult(
            contender,
            byEndpoint.Values.Sum(),
            byEndpoint,
            emulator.Requests.Count429,
            emulator.Requests.CountStatus(409),
            Math.Round(report.WallSeconds, 3),
            Math.Round(ApiSpan(emulator.Requests.Entries).TotalSeconds, 3),
            Math.Round(report.PeakMemoryMb, 1),
            verify(emulator, scenario, report.Outcome));
    }

    /// <summary>
    /// Users in the warm-up org: enough for every code path of a run, each taken often enough to be compiled optimized
    /// (the directory listing, and a job of over 2,000 items, whose rows past the first 2,000 the SQLite journal stages);
    /// small enough to take a few seconds.
    /// </summary>
    public const int WarmUpOrgUsers = 3_300;

    /// <summary>Users a warm-up scenario asks for.</summary>
    public const int WarmUpUsers = 3_000;

    /// <summary>
    /// Sends a refused token request and an unauthenticated API request (neither is counted against a rate limit), so that the
    /// emulator's first-request work (its route table is built then, about 100 ms) is done before the clock starts: the real
    /// service has none, and the contender's token request showed 110 ms where the emulator answers in 3.
    /// </summary>
    private static async Task StartServingAsync(GenesysEmulator emulator, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        using var token = await http.PostAsync("/oauth/token", new FormUrlEncodedContent([new("grant_type", "client_credentials")]), ct);
        using var users = await http.GetAsync("/api/v2/users", ct);
    }

    /// <summary>A small org with the same shape for the contender's warm-up (its own emulator, so the measured one is untouched).</summary>
    private static async Task<GenesysEmulator> StartWarmUpAsync(BenchmarkSettings settings, Action<EmulatorOptions>? configure, CancellationToken ct)
    {
        var options = EmulatorOptionsFor(settings, configure);
        options.Users = WarmUpOrgUsers;
        return await GenesysEmulator.StartAsync(options, ct);
    }

    private static EmulatorOptions EmulatorOptionsFor(BenchmarkSettings settings, Action<EmulatorOptions>? configure)
    {
        var options = settings.CreateEmulatorOptions();
        configure?.Invoke(options);
        return options;
    }

    /// <summary>From the first API request's arrival to the last answer: the wall time without start-up and local work before and after.</summary>
    private static TimeSpan ApiSpan(IReadOnlyList<RequestLogEntry> entries)
    {
        var api = entries.Where(e => e.RouteTemplate.StartsWith("/api/", StringComparison.Ordinal)).ToList();
        return api.Count == 0 ? TimeSpan.Zero : api.Max(e => e.Time) - api.Min(e => e.Time - e.Duration);
    }

    private static SortedDictionary<string, int> ApiCallsByEndpoint(IReadOnlyDictionary<string, int> counts)
    {
        var apiOnly = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (endpoint, count) in counts)
        {
            if (endpoint.Contains(" /api/", StringComparison.Ordinal))
                apiOnly[endpoint] = count;
        }

        return apiOnly;
    }
}
