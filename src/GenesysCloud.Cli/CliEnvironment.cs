namespace GenesysCloud.Cli;

/// <summary>Where the CLI writes and whether a person is watching; tests pass their own writers.</summary>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, bool IsInteractive)
{
    /// <summary>The real console: interactive when stdout and stderr are terminals.</summary>
    public static CliEnvironment FromConsole() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected && !Console.IsErrorRedirected);
}
