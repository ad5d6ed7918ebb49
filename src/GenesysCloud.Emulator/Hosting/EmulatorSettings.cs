using System.Collections;
using System.Globalization;

namespace GenesysCloud.Emulator.Hosting;

/// <summary>
/// Options of the standalone emulator, later sources winning: emulatorsettings.json, EMULATOR_*
/// environment variables, command-line switches.
/// </summary>
internal static class EmulatorSettings
{
    public const string FileName = "emulatorsettings.json";
    public const string EnvironmentPrefix = "EMULATOR_";
    public const int DefaultPort = 5080;

    private static readonly (string Switch, string Key, string Help)[] Settings =
    [
        ("--users", "Users", "users to seed (default 500)"),
        ("--groups", "Groups", "groups to seed (default 40)"),
        ("--queues", "Queues", "queues to seed (default 25)"),
        ("--skills", "Skills", "routing skills to seed (default 30)"),
        ("--languages", "Languages", "languages to seed (default 12)"),
        ("--wrapup-codes", "WrapupCodes", "wrap-up codes to seed (default 20)"),
        ("--conversations", "Conversations", "conversations of the last 7 days (default 2000)"),
        ("--seed", "Seed", "random seed: the same seed gives the same org (default 1234)"),
        ("--client-id", "ClientId", "OAuth client id (default emulator-client-id)"),
        ("--client-secret", "ClientSecret", "OAuth client secret (default emulator-client-secret)"),
        ("--token-lifetime", "TokenLifetimeSeconds", "access token lifetime in seconds (default 86400)"),
        ("--rate-limit", "RateLimit", "requests per token per window, 0 = off (default 300)"),
        ("--rate-window", "RateWindowSeconds", "rate-limit window in seconds (default 60)"),
        ("--latency", "LatencyMs", "added latency per API request in ms (default 0)"),
        ("--jitter", "JitterMs", "random extra latency up to this many ms (default 0)"),
        ("--error-rate", "ErrorRate", "probability 0..1 of a 500/502/503/504 (default 0)"),
        ("--drop-rate", "DropRate", "probability 0..1 of a dropped connection (default 0)"),
        ("--allowances", "Allowances", "per-endpoint allowances, e.g. \"GET /api/v2/users=180;POST /api/v2/users/search=150\" (default GET /api/v2/users=180)"),
        ("--version-lag", "VersionLagMs", "ms that group reads keep showing the version before a write (default 0)"),
        ("--version-bump-every", "VersionBumpEvery", "someone else bumps a group's version after every Nth member write, 0 = never (default 0)"),
        ("--version-bump-rate", "VersionBumpRate", "probability 0..1 of such a bump after a member write (default 0)"),
        ("--version-bump-size", "VersionBumpSize", "edits someone else makes each time, each one version (default 1)"),
        ("--conflict-rate", "ConflictRate", "probability 0..1 of a 409 on skills and languages bulk PATCH and group member DELETE (default 0)"),
        ("--queue-update-delay", "QueueUpdateDelayMs", "ms before a queue member join/unjoin PATCH takes effect (default 0)"),
        ("--new-member-not-found", "NewMemberNotFoundMs", "ms after a queue member add that PATCH …/members/{memberId} still answers 404 (default 2000)"),
        ("--accept-group-member-queue-adds", "AcceptGroupMemberQueueAdds", "true: adding a queue's member-by-group is a 204 with no effect instead of a 400 (default false)"),
        ("--accept-group-member-ring-numbers", "AcceptGroupMemberRingNumbers", "true: setting the ring number of a queue's member-by-group is a 202 with no effect instead of a 400 (default false)"),
        ("--port", "Port", $"port on 127.0.0.1, 0 = any free port (default {DefaultPort})"),
    ];

    public static string Usage =>
        "Genesys Cloud API emulator\n\n" +
        "Usage: dotnet run --project src/GenesysCloud.Emulator -- [options]\n\nOptions:\n" +
        string.Join('\n', Settings.Select(s => $"  {s.Switch,-32} {s.Help}")) +
        $"\n\nEach option can also come from {FileName} in the working directory (e.g. {{\"Users\": 1000}})\n" +
        $"or from an environment variable {EnvironmentPrefix}<KEY> (e.g. {EnvironmentPrefix}USERS=1000).";

    /// <exception cref="FormatException">An unknown switch, a switch without a value, or a value of the wrong type.</exception>
    public static EmulatorOptions Load(IReadOnlyList<string> args, IDictionary environment, string directory)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(directory)
            .AddJsonFile(FileName, optional: true)
            .AddInMemoryCollection(environment.Cast<DictionaryEntry>()
                .Where(e => e.Key is string key && key.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase))
                .Select(e => new KeyValuePair<string, string?>(((string)e.Key)[EnvironmentPrefix.Length..], e.Value as string)))
            .AddInMemoryCollection(ParseArgs(args))
            .Build();

        var options = new EmulatorOptions { Port = DefaultPort };
        options.Users = Int(configuration, "Users", options.Users);
        options.Groups = Int(configuration, "Groups", options.Groups);
        options.Queues = Int(configuration, "Queues", options.Queues);
        options.Skills = Int(configuration, "Skills", options.Skills);
        options.Languages = Int(configuration, "Languages", options.Languages);
        options.WrapupCodes = Int(configuration, "WrapupCodes", options.WrapupCodes);
        options.Conversations = Int(configuration, "Conversations", options.Conversations);
        options.Seed = Int(configuration, "Seed", options.Seed);
        options.ClientId = configuration["ClientId"] ?? options.ClientId;
        options.ClientSecret = configuration["ClientSecret"] ?? options.ClientSecret;
        options.TokenLifetime = TimeSpan.FromSeconds(Int(configuration, "TokenLifetimeSeconds", (int)options.TokenLifetime.TotalSeconds));
        options.RateLimitPerMinute = Int(configuration, "RateLimit", options.RateLimitPerMinute);
        options.RateLimitWindow = TimeSpan.FromSeconds(Int(configuration, "RateWindowSeconds", (int)options.RateLimitWindow.TotalSeconds));
        options.Port = Int(configuration, "Port", options.Port);
        options.Faults.Latency = TimeSpan.FromMilliseconds(Int(configuration, "LatencyMs", 0));
        options.Faults.LatencyJitter = TimeSpan.FromMilliseconds(Int(configuration, "JitterMs", 0));
        options.Faults.ErrorRate = Double(configuration, "ErrorRate");
        options.Faults.DropRate = Double(configuration, "DropRate");
        if (configuration["Allowances"] is { } allowances)
            options.EndpointAllowances = ParseAllowances(allowances);
        options.Faults.GroupVersionReadLag = TimeSpan.FromMilliseconds(Int(configuration, "VersionLagMs", 0));
        options.Faults.ExternalVersionBumpEvery = Int(configuration, "VersionBumpEvery", 0);
        options.Faults.ExternalVersionBumpRate = Double(configuration, "VersionBumpRate");
        options.Faults.ExternalVersionBumpSize = Int(configuration, "VersionBumpSize", 1);
        options.Faults.InjectedConflictRate = Double(configuration, "ConflictRate");
        options.Faults.QueueMemberUpdateDelay = TimeSpan.FromMilliseconds(Int(configuration, "QueueUpdateDelayMs", 0));
        options.Faults.NewQueueMemberNotFoundFor = TimeSpan.FromMilliseconds(Int(configuration, "NewMemberNotFoundMs",
            (int)options.Faults.NewQueueMemberNotFoundFor.TotalMilliseconds));
        options.RefuseQueueAddOfGroupMember = !Bool(configuration, "AcceptGroupMemberQueueAdds");
        options.RefuseRingNumberOfGroupMember = !Bool(configuration, "AcceptGroupMemberRingNumbers");
        return options;
    }

    private static Dictionary<string, string?> ParseArgs(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inline) = args[i].Split('=', 2) is [var n, var v] ? (n, v) : (args[i], null);
            var setting = Settings.FirstOrDefault(s => s.Switch.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (setting.Key is null)
                throw new FormatException($"Unknown option '{args[i]}'. Use --help to list the options.");
            var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new FormatException($"Option {name} needs a value."));
            values[setting.Key] = value;
        }
        return values;
    }

    /// <summary>"GET /api/v2/users=180;POST /api/v2/users/search=150"; an empty text turns every allowance off.</summary>
    private static Dictionary<string, int> ParseAllowances(string text)
    {
        var allowances = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = entry.LastIndexOf('=');
            var endpoint = equals > 0 ? entry[..equals].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            if (endpoint is not [var method, var route] || !route.StartsWith('/')
                || !int.TryParse(entry[(equals + 1)..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var allowance))
            {
                throw new FormatException($"Allowances: '{entry}' is not 'METHOD /route/template=N'.");
            }
            allowances[$"{method} {route}"] = allowance;
        }
        return allowances;
    }

    private static bool Bool(IConfiguration configuration, string key) =>
        configuration[key] is not { } text ? false
        : bool.TryParse(text, out var value) ? value
        : throw new FormatException($"{key} must be true or false, not '{text}'.");

    private static int Int(IConfiguration configuration, string key, int fallback) =>
        configuration[key] is not { } text ? fallback
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
        : throw new FormatException($"{key} must be a whole number, not '{text}'.");

    private static double Double(IConfiguration configuration, string key) =>
        configuration[key] is not { } text ? 0
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
        : throw new FormatException($"{key} must be a number, not '{text}'.");
}
