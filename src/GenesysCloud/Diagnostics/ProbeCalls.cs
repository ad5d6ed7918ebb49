using System.Text.Json;

namespace GenesysCloud.Diagnostics;

/// <summary>
/// Sends the probes' read-only requests and keeps the first answer of each endpoint and the headers of every answer,
/// so the rate-limit probes read allowances, counts and resets from calls already made instead of spending more.
/// </summary>
internal sealed class ProbeCalls(GenesysCloudApi api)
{
    private readonly Dictionary<string, ApiResponse<JsonElement>> _firstAnswers = new(StringComparer.Ordinal);
    private readonly List<ProbeAnswer> _answers = [];

    public GenesysCloudApi Api => api;

    /// <summary>The first answer per endpoint key (e.g. <c>GET /api/v2/users</c>).</summary>
    public IReadOnlyDictionary<string, ApiResponse<JsonElement>> FirstAnswers => _firstAnswers;

    /// <summary>Every answer, in the order the probes received them, with its endpoint key and time.</summary>
    public IReadOnlyList<ProbeAnswer> Answers => _answers;

    public Task<ApiResponse<JsonElement>> GetAsync(string endpoint, string path, IDictionary<string, string?>? query, CancellationToken ct) =>
        SendAsync(endpoint, HttpMethod.Get, path, null, query, ct);

    /// <summary>A POST that only reads (search, analytics query), so it may be repeated after a 5xx.</summary>
    public Task<ApiResponse<JsonElement>> PostAsync(string endpoint, string path, object body, CancellationToken ct) =>
        SendAsync(endpoint, HttpMethod.Post, path, body, null, ct);

    private async Task<ApiResponse<JsonElement>> SendAsync(string endpoint, HttpMethod method, string path, object? body,
        IDictionary<string, string?>? query, CancellationToken ct)
    {
        var answer = await api.SendAsync(method, path, body, query, retrySafe: true, ct).ConfigureAwait(false);
        if (answer.StatusCode is not null)
        {
            _firstAnswers.TryAdd(endpoint, answer);
            _answers.Add(new ProbeAnswer(endpoint, (api.Options.TimeProvider ?? TimeProvider.System).GetUtcNow(), answer.Headers));
        }
        return answer;
    }
}
