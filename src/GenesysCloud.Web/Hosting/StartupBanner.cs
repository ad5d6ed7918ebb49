using GenesysCloud.Web.Configuration;
using GenesysCloud.Web.Connection;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Web.Hosting;

/// <summary>Logs once at start-up how sessions will connect (never the secret), next to the "Now listening on" line.</summary>
public static class StartupBanner
{
    public static void Log(IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("GenesysCloud.Web");
        var policy = services.GetRequiredService<AccessPolicy>();
        if (policy.Mode == AccessMode.SignIn)
        {
            logger.LogInformation("Sign-in with Genesys Cloud at {AuthUrl} (client {ClientId}); each person acts with their own token.",
                policy.SignInClient!.AuthUrl, policy.SignInClient.ClientId);
            return;
        }

        if (policy.TrustedNetwork)
        {
            logger.LogWarning("{Variable} is set: serving {Urls} with client credentials and no sign-in; everyone who can reach it acts as the OAuth client.",
                AccessPolicy.TrustedNetworkVariable, string.Join(", ", policy.Urls));
        }

        var mode = services.GetRequiredService<IOptions<ConnectionSettings>>().Value.Sandbox;
        var lookup = services.GetRequiredService<CredentialSource>().Find();
        if (mode == SandboxMode.Always)
        {
            logger.LogInformation("Sandbox mode: people sign in to the sandbox org as its demo people (in-process emulator, demo data only).");
        }
        else if (lookup.Config is { } config)
        {
            logger.LogInformation("Sessions connect to {ApiUrl} with client id {ClientId} from {Origin}.", config.ApiUrl, config.ClientId, lookup.Origin);
        }
        else if (lookup.Problem is { } problem)
        {
            logger.LogWarning("{Problem}", problem);
        }
        else if (mode == SandboxMode.Auto)
        {
            logger.LogInformation(
                "No Genesys Cloud credentials configured: people sign in to the sandbox org (demo data only). " +
                "Set GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET (or run scripts/set-credentials.sh) to use a real org.");
        }
    }
}
