namespace GenesysCloud.Emulator;

public sealed partial class EmulatorOptions
{
    /// <summary>
    /// Expands that <c>GET /api/v2/users</c> (the list and <c>?id=</c>) leaves out, e.g. "skills": the API resolves
    /// expands "with a best effort approach and not guaranteed to be returned" (FACTS §2). Empty by default; for the
    /// tests of the org probes and of the engine's per-user fallback.
    /// </summary>
    public ISet<string> IgnoredUserExpands { get; set; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True: every endpoint counts its calls in a window of its own and the <c>inin-ratelimit-*</c> headers show only
    /// that one (the token's limit still applies, unseen). False (default): calls to endpoints without an allowance of
    /// their own show the token's shared window, as the SDK assumes; no public source confirms either (FACTS §7).
    /// </summary>
    public bool SeparateEndpointWindows { get; set; }
}
