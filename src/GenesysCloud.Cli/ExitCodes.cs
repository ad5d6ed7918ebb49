namespace GenesysCloud.Cli;

/// <summary>The process exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    /// <summary>Everything requested was done (or, with --dry-run, planned).</summary>
    public const int Done = 0;

    /// <summary>The job ran but some items failed; the report names them.</summary>
    public const int PartlyFailed = 1;

    /// <summary>Bad input: an option, a file row or column, an unknown target, missing credentials.</summary>
    public const int BadInput = 2;

    /// <summary>The job is running elsewhere (another process or instance holds its lease); nothing was done.</summary>
    public const int Busy = 3;

    /// <summary>Interrupted (Ctrl+C); a journaled job can be resumed with <c>jobs resume</c>.</summary>
    public const int Cancelled = 130;
}
