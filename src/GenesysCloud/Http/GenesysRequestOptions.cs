namespace GenesysCloud.Http;

/// <summary>Per-request settings the handlers read, set by <see cref="GenesysCloudApi"/>.</summary>
internal static class GenesysRequestOptions
{
    /// <summary>True when a POST may be repeated after a 5xx or a lost connection (it has no extra effect when repeated).</summary>
    public static readonly HttpRequestOptionsKey<bool> RetrySafe = new("GenesysCloud.RetrySafe");

    /// <summary>When the first attempt started, for the total retry budget.</summary>
    public static readonly HttpRequestOptionsKey<long> StartedAt = new("GenesysCloud.StartedAt");

    /// <summary>Counts the attempts that reached the wire.</summary>
    public static readonly HttpRequestOptionsKey<AttemptCounter> Attempts = new("GenesysCloud.Attempts");

    /// <summary>Whether the request may be retried after a 5xx, timeout or connection error.</summary>
    public static bool IsRetrySafe(HttpRequestMessage request) =>
        request.Method != HttpMethod.Post ||
        (request.Options.TryGetValue(RetrySafe, out var safe) && safe);
}
