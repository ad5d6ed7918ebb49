namespace GenesysCloud.Emulator;

/// <summary>Size of the seeded org, credentials, limits and faults of one emulator instance.</summary>
public sealed partial class EmulatorOptions
{
    public int Users { get; set; } = 500;
    public int Groups { get; set; } = 40;
    public int Queues { get; set; } = 25;
    public int Skills { get; set; } = 30;
    public int Languages { get; set; } = 12;
    public int WrapupCodes { get; set; } = 20;
    public int Conversations { get; set; } = 2000;

    /// <summary>How many of <see cref="Conversations"/> are stuck (no end, hours to weeks old); half as many again are old and ended.</summary>
    public int StuckConversations { get; set; } = 60;

    /// <summary>Span over which the ordinary (ended or just-started) conversations are spread.</summary>
    public TimeSpan ConversationHistory { get; set; } = TimeSpan.FromDays(7);
    public int Seed { get; set; } = 1234;
    public string ClientId { get; set; } = "emulator-client-id";
    public string ClientSecret { get; set; } = "emulator-client-secret";
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The Code Authorization client people sign in through (<c>/oauth/authorize</c>).</summary>
    public string SignInClientId { get; set; } = "emulator-signin-client-id";
    public string SignInClientSecret { get; set; } = "emulator-signin-client-secret";

    /// <summary>Redirect URIs registered for the sign-in client (exact match); more with <see cref="EmulatorSignIn.AllowRedirectUri"/>.</summary>
    public IList<string> SignInRedirectUris { get; set; } = [];

    /// <summary>How long an authorization code can be exchanged (once).</summary>
    public TimeSpan AuthorizationCodeLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Requests allowed per access token within <see cref="RateLimitWindow"/>; 0 = no limit.</summary>
    public int RateLimitPerMinute { get; set; } = 300;
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Allowances below <see cref="RateLimitPerMinute"/> for single endpoints, keyed "METHOD /route/template"
    /// as the request log names them (e.g. "GET /api/v2/users"), per access token and window. A request
    /// counts against both its endpoint's allowance and the token's limit; <c>inin-ratelimit-*</c> show the
    /// endpoint's. By default 180 on <c>GET /api/v2/users</c>, as a real trace shows (FACTS §7). Off with the
    /// rate limit (<see cref="RateLimitPerMinute"/> = 0).
    /// </summary>
    public IDictionary<string, int> EndpointAllowances { get; set; } =
        new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["GET /api/v2/users"] = 180 };

    /// <summary>
    /// Adding someone to a queue who is already a member through one of its member groups: true (default)
    /// answers 400 and changes nothing for the whole request; false answers 204 and leaves them a member
    /// by group only. Genesys's provider refuses such adds (FACTS §4); the API's answer is not documented.
    /// </summary>
    public bool RefuseQueueAddOfGroupMember { get; set; } = true;

    /// <summary>
    /// Setting the ring number of someone who is in a queue only through a member group: true (default) answers 400
    /// and changes nothing; false answers 202 and changes nothing (their ring comes with the member group). The API's
    /// answer is not documented (FACTS §4); both are harder than applying it.
    /// </summary>
    public bool RefuseRingNumberOfGroupMember { get; set; } = true;

    /// <summary>Latency, errors, 429 bursts, lagging group versions, external edits, injected 409s; changeable while running.</summary>
    public FaultOptions Faults { get; set; } = new();

    /// <summary>0 = a free port on 127.0.0.1.</summary>
    public int Port { get; set; }

    /// <summary>Clock for token expiry, rate-limit windows and conversation times (a fake one lets tests skip waiting).</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Users);
        ArgumentOutOfRangeException.ThrowIfNegative(Groups);
        ArgumentOutOfRangeException.ThrowIfNegative(Queues);
        ArgumentOutOfRangeException.ThrowIfNegative(Skills);
        ArgumentOutOfRangeException.ThrowIfNegative(Languages);
        ArgumentOutOfRangeException.ThrowIfNegative(WrapupCodes);
        ArgumentOutOfRangeException.ThrowIfNegative(Conversations);
        ArgumentOutOfRangeException.ThrowIfNegative(StuckConversations);
        ArgumentOutOfRangeException.ThrowIfLessThan(ConversationHistory, TimeSpan.FromHours(2));
        ArgumentOutOfRangeException.ThrowIfNegative(RateLimitPerMinute);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RateLimitWindow, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(Port);
        ArgumentException.ThrowIfNullOrWhiteSpace(ClientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(ClientSecret);
        ArgumentException.ThrowIfNullOrWhiteSpace(SignInClientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(SignInClientSecret);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(AuthorizationCodeLifetime, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(Faults);
        ArgumentNullException.ThrowIfNull(EndpointAllowances);
        foreach (var (endpoint, allowance) in EndpointAllowances)
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(allowance, $"EndpointAllowances[{endpoint}]");
        ArgumentNullException.ThrowIfNull(Time);
    }
}
