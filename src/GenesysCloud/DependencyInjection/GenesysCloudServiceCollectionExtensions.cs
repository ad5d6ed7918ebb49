using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace GenesysCloud;

/// <summary>Registers the SDK in a service collection.</summary>
public static class GenesysCloudServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="GenesysConfig"/> (the given one, else <see cref="GenesysConfig.Load"/>), <see cref="GenesysAuth"/>,
    /// <see cref="GenesysApiOptions"/> and a singleton <see cref="GenesysCloudApi"/>. Existing registrations win (TryAdd).
    /// </summary>
    public static IServiceCollection AddGenesysCloud(this IServiceCollection services, GenesysConfig? config = null,
        Action<GenesysApiOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => config ?? GenesysConfig.Load() ?? throw new InvalidOperationException(
            "No Genesys Cloud credentials: set GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET, or create config.json."));
        services.TryAddSingleton(sp => new GenesysAuth(sp.GetRequiredService<GenesysConfig>(), null, sp.GetService<TimeProvider>()));
        services.TryAddSingleton(sp =>
        {
            var options = new GenesysApiOptions { Logger = sp.GetService<ILoggerFactory>() };
            configure?.Invoke(options);
            options.Validate();
            return options;
        });
        services.TryAddSingleton(sp => new GenesysCloudApi(sp.GetRequiredService<GenesysAuth>(), sp.GetRequiredService<GenesysApiOptions>()));
        return services;
    }
}
