using System.CommandLine;

namespace GenesysCloud.Benchmarks.Harness;

/// <summary>Options every benchmark takes: the emulator's limit shape, the time scale and where results go.</summary>
public sealed class SharedOptions
{
    public Option<int> RateLimit { get; } = new("--rate-limit")
    {
        Description = "Requests per token per rate-limit window (the window is 60 s / time scale).",
        DefaultValueFactory = _ => 300,
    };

    public Option<double> LatencyMs { get; } = new("--latency-ms")
    {
        Description = "Emulator latency per request before the time scale.",
        DefaultValueFactory = _ => 50,
    };

    public Option<double> TimeScale { get; } = new("--time-scale")
    {
        Description = "K > 1 runs K times faster: window 60 s / K and latency / K, the same for every contender.",
        DefaultValueFactory = _ => 1,
    };

    public Option<double> VersionLagMs { get; } = new("--version-lag-ms")
    {
        Description = "How long group reads show the version from before a write, before the time scale (0 = off).",
        DefaultValueFactory = _ => 2000,
    };

    public Option<double> ConflictRate { get; } = new("--conflict-rate")
    {
        Description = "Probability 0..1 of someone else's version bump after a group member write and of an injected 409 (0 = off).",
        DefaultValueFactory = _ => 0.01,
    };

    public Option<int> ClientLimit { get; } = new("--client-limit")
    {
        Description = "The client's own requests per window (default: the SDK's, the token's allowance of 300 per window).",
    };

    public Option<bool> WarmUp { get; } = new("--warm-up")
    {
        Description = "Warm the contender process first with the same work on a small org (measures a warm process, as in the web app).",
    };

    public Option<string[]> Contenders { get; } = new("--contenders")
    {
        Description = "Run only these contenders (default: all).",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string?> ResultsDir { get; } = new("--results-dir")
    {
        Description = "Where <benchmark>.json is written (default: bench/results of this repository).",
    };

    public Option<string?> ResultsName { get; } = new("--results-name")
    {
        Description = "File name (without .json) of the results; default: the benchmark's name.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(ResultsName);
        command.Options.Add(RateLimit);
        command.Options.Add(LatencyMs);
        command.Options.Add(TimeScale);
        command.Options.Add(VersionLagMs);
        command.Options.Add(ConflictRate);
        command.Options.Add(ClientLimit);
        command.Options.Add(WarmUp);
        command.Options.Add(Contenders);
        command.Options.Add(ResultsDir);
        TimeScale.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() <= 0)
                r.AddError("--time-scale must be greater than 0.");
        });
        ConflictRate.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is < 0 or > 1)
                r.AddError("--conflict-rate must be between 0 and 1.");
        });
    }

    public BenchmarkSettings Settings(ParseResult result, int orgUsers) => new(
        orgUsers, result.GetValue(RateLimit), result.GetValue(LatencyMs), result.GetValue(TimeScale))
    {
        VersionLagMs = result.GetValue(VersionLagMs),
        ConflictRate = result.GetValue(ConflictRate),
        ClientRequestsPerWindow = result.GetValue(ClientLimit),
        WarmUp = result.GetValue(WarmUp),
    };

    /// <summary>The contenders named by --contenders (all by default); false after printing an unknown name.</summary>
    public bool TrySelect(ParseResult result, IReadOnlyList<Contender> all, out IReadOnlyList<Contender> selected)
    {
        selected = all;
        var wanted = result.GetValue(Contenders);
        if (wanted is null || wanted.Length == 0)
            return true;
        var names = wanted.SelectMany(w => w.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = names.Except(all.Select(c => c.Name), StringComparer.OrdinalIgnoreCase).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine(
                $"--contenders: unknown {string.Join(", ", unknown)}; known: {string.Join(", ", all.Select(c => c.Name))}.");
            return false;
        }

        selected = all.Where(c => names.Contains(c.Name)).ToList();
        return true;
    }

    /// <summary>Where this run's results file goes.</summary>
    public string ResultsPath(ParseResult result, string benchmark) => Path.Combine(
        result.GetValue(ResultsDir) ?? ResultsPresenter.DefaultResultsDirectory(),
        $"{result.GetValue(ResultsName) ?? benchmark}.json");
}
