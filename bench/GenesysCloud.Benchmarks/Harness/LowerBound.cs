namespace GenesysCloud.Benchmarks.Harness;

/// <summary>
/// The shortest wall time any client could take for a scenario's calls: the earliest schedule of its
/// stages (each call one latency long, a stage starting when the one before has answered, at most the
/// stage's concurrency in flight) that the emulator's fixed windows allow (the token's limit and each
/// endpoint's allowance, a window opening at the first request after the last one closed). Calls that fit
/// in the first window therefore count by latency and concurrency, the rest by the rate; no client can
/// be faster, so wall ÷ bound ≥ 1. Hardness costs (version conflicts, injected 409s) are not in it.
/// </summary>
public static class LowerBound
{
    public static double Seconds(
        IEnumerable<BoundStage> stages, int requestsPerWindow, TimeSpan window, IReadOnlyDictionary<string, int> allowances, double latencyMs)
    {
        var latency = latencyMs / 1000;
        var windowSeconds = window.TotalSeconds;
        var token = new Window(requestsPerWindow);
        var endpoints = new Dictionary<string, Window>(StringComparer.OrdinalIgnoreCase);
        Window? WindowOf(string endpoint) => allowances.TryGetValue(endpoint, out var allowance)
            ? endpoints.TryGetValue(endpoint, out var known) ? known : endpoints[endpoint] = new Window(allowance)
            : null;
        var stageStart = 0.0;
        foreach (var stage in stages)
        {
            var slots = new PriorityQueue<int, double>();
            for (var i = 0; i < Math.Max(1, stage.Concurrency); i++)
                slots.Enqueue(i, stageStart);
            var remaining = stage.Calls.GroupBy(c => c, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count());
            var stageEnd = stageStart;
            for (var left = stage.Calls.Count; left > 0; left--)
            {
                // Of the calls left, the one that can start first: a call held back by its endpoint's allowance
                // does not hold up calls to other endpoints.
                slots.TryDequeue(out var slot, out var free);
                var (endpoint, start) = remaining.Where(r => r.Value > 0)
                    .Select(r => (r.Key, Start: Earliest(free, token, WindowOf(r.Key), windowSeconds)))
                    .MinBy(c => c.Start);
                remaining[endpoint]--;
                token.Take(start, windowSeconds);
                WindowOf(endpoint)?.Take(start, windowSeconds);
                stageEnd = Math.Max(stageEnd, start + latency);
                slots.Enqueue(slot, start + latency);
            }
            stageStart = stageEnd;
        }
        return stageStart;
    }

    /// <summary>The first moment from <paramref name="ready"/> at which both windows have room.</summary>
    private static double Earliest(double ready, Window token, Window? own, double windowSeconds)
    {
        var at = ready;
        while (true)
        {
            var wait = Math.Max(token.FreeAt(at, windowSeconds), own?.FreeAt(at, windowSeconds) ?? at);
            if (wait <= at)
                return at;
            at = wait;
        }
    }

    private sealed class Window(int limit)
    {
        private double _start = double.NegativeInfinity;
        private int _count;

        /// <summary><paramref name="at"/> when a call can go then, else when this window closes.</summary>
        public double FreeAt(double at, double windowSeconds) =>
            at >= _start + windowSeconds || _count < limit ? at : _start + windowSeconds;

        public void Take(double at, double windowSeconds)
        {
            if (at >= _start + windowSeconds)
                (_start, _count) = (at, 0);
            _count++;
        }
    }
}
