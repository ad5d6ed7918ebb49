using Xunit.Sdk;

namespace GenesysCloud.Cli.Tests.Support;

/// <summary>One in-process gcutil invocation with captured stdout and stderr.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static Task<CliRun> InvokeAsync(params string[] args) => InvokeAsync(interactive: false, args);

    /// <summary>Runs as if attached to a terminal (<paramref name="interactive"/>) or redirected.</summary>
    public static async Task<CliRun> InvokeAsync(bool interactive, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApplication.RunAsync(args, new CliEnvironment(stdout, stderr, interactive));
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Asserts the exit code and shows what gcutil printed when it differs.</summary>
    public CliRun ShouldExitWith(int expected)
    {
        if (ExitCode != expected)
            throw new XunitException($"gcutil exited with {ExitCode}, expected {expected}.\nstdout:\n{Out}\nstderr:\n{Error}");
        return this;
    }
}
