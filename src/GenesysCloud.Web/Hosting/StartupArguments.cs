namespace GenesysCloud.Web.Hosting;

/// <summary>Maps the app's command-line switches onto configuration keys.</summary>
public static class StartupArguments
{
    /// <summary>Turns <c>--sandbox</c> into <c>--Connection:Sandbox=Always</c>; other arguments pass through.</summary>
    public static string[] Normalize(string[] args) =>
        [.. args.Select(arg => string.Equals(arg, "--sandbox", StringComparison.OrdinalIgnoreCase)
            ? $"--{ConnectionSettingsKeys.Sandbox}={nameof(Configuration.SandboxMode.Always)}"
            : arg)];
}
