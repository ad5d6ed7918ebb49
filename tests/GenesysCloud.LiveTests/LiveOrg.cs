namespace GenesysCloud.LiveTests;

/// <summary>
/// The real org the live tests may use, from the environment: <c>GENESYS_LIVE_TESTS=1</c> opts in;
/// <c>GENESYS_CLIENT_ID</c>, <c>GENESYS_CLIENT_SECRET</c> and <c>GENESYS_REGION</c> (or <c>GENESYS_API_URL</c>/<c>GENESYS_AUTH_URL</c>)
/// connect. What the write tests may change:
/// <list type="bullet">
/// <item><c>GENESYS_LIVE_SCRATCH_GROUP</c>: a group (id or exact name) the group round-trip adds people to and removes
/// them from; <c>GENESYS_LIVE_SCRATCH_USERS</c> optionally names the two users (ids) it uses.</item>
/// <item><c>GENESYS_LIVE_SCRATCH_QUEUE</c>: a queue (id or exact name) the queue tests add the scratch user to, set ring
/// numbers on, and take them out of again; it needs a member group with someone who is not an individual member, for
/// the ring test of a member through a group (whose ring it tries to set and puts back if that took).</item>
/// <item><c>GENESYS_LIVE_SCRATCH_USER</c>: a user id the queue tests add to the scratch queue, and the language test
/// removes a language from that they do not hold (so nothing changes).</item>
/// </list>
/// </summary>
public static class LiveOrg
{
    public const string OptIn = "GENESYS_LIVE_TESTS";
    public const string ScratchGroupVariable = "GENESYS_LIVE_SCRATCH_GROUP";
    public const string ScratchUsersVariable = "GENESYS_LIVE_SCRATCH_USERS";
    public const string ScratchQueueVariable = "GENESYS_LIVE_SCRATCH_QUEUE";
    public const string ScratchUserVariable = "GENESYS_LIVE_SCRATCH_USER";

    private static readonly (ScratchNeeds Need, string Variable, string What)[] Scratch =
    [
        (ScratchNeeds.Group, ScratchGroupVariable, "the id or name of a group it may add people to and remove them from"),
        (ScratchNeeds.Queue, ScratchQueueVariable, "the id or name of a queue it may add a person to, set ring numbers on and remove them from"),
        (ScratchNeeds.User, ScratchUserVariable, "the id of a user it may add to that queue and remove a language they do not hold from"),
    ];

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

    /// <summary>Null when a test that changes <paramref name="needs"/> may run; otherwise why it skips.</summary>
    public static string? SkipReasonFor(ScratchNeeds needs) =>
        SkipReason ?? Scratch
            .Where(s => needs.HasFlag(s.Need) && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(s.Variable)))
            .Select(s => $"Live write test skipped: set {s.Variable} to {s.What}.")
            .FirstOrDefault();

    public static string? ScratchGroup => Variable(ScratchGroupVariable);

    public static string? ScratchQueue => Variable(ScratchQueueVariable);

    public static string? ScratchUser => Variable(ScratchUserVariable);

    public static IReadOnlyList<string> ScratchUsers =>
        [.. (Environment.GetEnvironmentVariable(ScratchUsersVariable) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>A client for the org, with the SDK's default retry and rate limit.</summary>
    public static GenesysCloudApi Connect()
    {
        var config = GenesysConfig.Load() ?? throw new InvalidOperationException("GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET must be set.");
        return new GenesysCloudApi(new GenesysAuth(config));
    }

    private static string? Variable(string name) => Environment.GetEnvironmentVariable(name)?.Trim();
}
