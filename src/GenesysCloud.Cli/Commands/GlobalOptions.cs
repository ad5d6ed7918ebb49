using System.CommandLine;
using GenesysCloud.Bulk;
using GenesysCloud.Cli.Output;

namespace GenesysCloud.Cli.Commands;

/// <summary>Options every command accepts, in any position.</summary>
public sealed class GlobalOptions
{
    public Option<OutputFormat> Output { get; } = new("--output", "-o")
    {
        Description = "Result format: table (default) or json (stable shape for scripts).",
        // No DefaultValueFactory: Table is the enum's default, and help would print "[default: Table]" beside it.
        HelpName = "table|json",
        Recursive = true,
    };

    public Option<bool> DryRun { get; } = new("--dry-run")
    {
        Description = "Resolve and print the plan only; change nothing.",
        Recursive = true,
    };

    public Option<bool> Sandbox { get; } = new("--sandbox")
    {
        Description = "Run against an in-process emulator with a seeded demo org instead of a real org.",
        Recursive = true,
    };

    public Option<string?> Journal { get; } = new("--journal")
    {
        Description = "Job journal: a SQLite file path, or a PostgreSQL connection string (Host=…;Database=…;Username=…) for a team (default: a file in the app data folder).",
        Recursive = true,
    };

    public Option<int> LeaseSeconds { get; } = new("--lease-seconds")
    {
        Description = "How long a running job's claim lasts without renewal; another process may take over a job this long after its process died.",
        DefaultValueFactory = _ => (int)new BulkEngineOptions().LeaseDuration.TotalSeconds,
        Recursive = true,
    };

    public Option<int> Tokens { get; } = new("--tokens")
    {
        Description = "Client-credential tokens to spread calls over (each has its own rate limit), where the org allows it.",
        DefaultValueFactory = _ => 1,
        Recursive = true,
    };

    public Option<bool> Progress { get; } = new("--progress")
    {
        Description = "Print progress lines to stderr even when not attached to a terminal (CI logs).",
        Recursive = true,
    };

    public Option<string> Config { get; } = new("--config")
    {
        Description = "Config file with clientId, clientSecret, region and URLs, read only when the environment has no GENESYS_CLIENT_ID or GENESYS_CLIENT_SECRET (never mixed with it).",
        DefaultValueFactory = _ => "config.json",
        Recursive = true,
    };

    public void AddTo(Command root)
    {
        root.Options.Add(Output);
        root.Options.Add(DryRun);
        root.Options.Add(Sandbox);
        root.Options.Add(Journal);
        root.Options.Add(Tokens);
        root.Options.Add(Progress);
        root.Options.Add(LeaseSeconds);
        LeaseSeconds.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 3600)
                r.AddError("--lease-seconds must be between 1 and 3600.");
        });
        Tokens.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 10)
                r.AddError("--tokens must be between 1 and 10.");
        });
        root.Options.Add(Config);
    }

    public CliSettings Read(ParseResult result) => new(
        result.GetValue(Output),
        result.GetValue(DryRun),
        result.GetValue(Sandbox),
        result.GetValue(Journal),
        result.GetValue(Config) ?? "config.json",
        result.GetValue(Progress),
        result.GetValue(Tokens))
    {
        LeaseDuration = TimeSpan.FromSeconds(result.GetValue(LeaseSeconds)),
    };
}
