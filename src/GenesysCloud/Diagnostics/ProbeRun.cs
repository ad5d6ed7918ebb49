using System.Text.Json;

namespace GenesysCloud.Diagnostics;

/// <summary>One run of the probes: the calls, the options, and what earlier probes found for later ones.</summary>
internal sealed class ProbeRun(ProbeCalls calls, OrgCheckOptions options, TimeProvider time)
{
    public ProbeCalls Calls => calls;

    public OrgCheckOptions Options => options;

    public TimeProvider Time => time;

    /// <summary>The body of <c>GET /api/v2/tokens/me</c> (default when it failed).</summary>
    public JsonElement TokenInfo { get; set; }

    /// <summary>Users of the first directory page.</summary>
    public IReadOnlyList<JsonElement> Users { get; set; } = [];

    /// <summary>Groups of the first groups page.</summary>
    public IReadOnlyList<JsonElement> Groups { get; set; } = [];

    /// <summary>Queues of the first queues page.</summary>
    public IReadOnlyList<JsonElement> Queues { get; set; } = [];
}
