namespace GenesysCloud.Cli;

/// <summary>Where the CLI writes and whether a person is watching; tests pass their own writers.</summary>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, bool IsInteractive)
{
    /// <summary>Where <c>--file -</c> reads from; the console's stdin unless a test gives its own.</summary>
    public TextReader In { get; init; } = Console.In;

    /// <summary>The real console: interactive when stdout and stderr are terminals.</summary>
    public static CliEnvironment FromConsole() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected && !Console.IsErrorRedirected);
}
