namespace GenesysCloud.LiveTests;

/// <summary>
/// The real org the live tests may use, from the environment: <c>GENESYS_LIVE_TESTS=1</c> opts in;
/// <c>GENESYS_CLIENT_ID</c>, <c>GENESYS_CLIENT_SECRET</c> and <c>GENESYS_REGION</c> (or <c>GENESYS_API_URL</c>/<c>GENESYS_AUTH_URL</c>)
/// connect; <c>GENESYS_LIVE_SCRATCH_GROUP</c> names a group (id or exact name) the write round-trip may change;
/// <c>GENESYS_LIVE_SCRATCH_USERS</c> optionally names the two users (ids) it adds and removes.
/// </summary>
public static class LiveOrg
{
    public const string OptIn = "GENESYS_LIVE_TESTS";
    public const string ScratchGroupVariable = "GENESYS_LIVE_SCRATCH_GROUP";
    public const string ScratchUsersVariable = "GENESYS_LIVE_SCRATCH_USERS";

    /// <summary>Null when the live tests may run; otherwise why they skip.</summary>
    public static string? SkipReason
    {
        get
        {
            if (Environment.GetEnvironmentVariable(OptIn) != "1")
                return $"Live contract tests skipped: they run against a real Genesys Cloud org only with {OptIn}=1 (and GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET, GENESYS_REGION).";
            var missing = new[] { "GENESYS_CLIENT_ID", "GENESYS_CLIENT_SECRET" }
                .Where(name => string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(name))).ToList();
            return missing.Count == 0 ? null : $"Live contract tests skipped: {OptIn}=1 but {string.Join(" and ", missing)} not set.";
        }
    }

    /// <summary>Null when the write round-trip may run; otherwise why it skips.</summary>
    public static string? ScratchSkipReason =>
        SkipReason ?? (string.IsNullOrWhiteSpace(ScratchGroup)
            ? $"Live write round-trip skipped: set {ScratchGroupVariable} to the id or name of a group it may add people to and remove them from."
            : null);

    public static string? ScratchGroup => Environment.GetEnvironmentVariable(ScratchGroupVariable)?.Trim();

    public static IReadOnlyList<string> ScratchUsers =>
        [.. (Environment.GetEnvironmentVariable(ScratchUsersVariable) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>A client for the org, with the SDK's default retry and rate limit.</summary>
    public static GenesysCloudApi Connect()
    {
        var config = GenesysConfig.Load() ?? throw new InvalidOperationException("GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET must be set.");
        return new GenesysCloudApi(new GenesysAuth(config));
    }
}
