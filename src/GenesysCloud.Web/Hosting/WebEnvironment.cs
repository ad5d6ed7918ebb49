namespace GenesysCloud.Web.Hosting;

/// <summary>
/// Development (detailed errors, user-secrets) only for <c>dotnet run</c> on loopback; any other address runs as
/// Production even when the launch profile asks for Development.
/// </summary>
public static class WebEnvironment
{
    /// <summary>The options the web application is built with.</summary>
    public static WebApplicationOptions Options(string[] args)
    {
        var early = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build();
        var requested = early["environment"] ?? Environments.Production;
        var loopback = ListenAddresses.AreLoopbackOnly(ListenAddresses.From(early));
        return new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = requested == Environments.Development && !loopback ? Environments.Production : requested,
        };
    }
}
