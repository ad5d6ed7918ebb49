using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace GenesysCloud.Utilities;

/// <summary>Registers the utility framework.</summary>
public static class UtilityServiceCollectionExtensions
{
    /// <summary>
    /// Discovers the utilities now (so a duplicate id stops start-up with an error naming both
    /// types) and registers the registry (singleton), the per-session state store and connection (scoped).
    /// </summary>
    public static IServiceCollection AddGenesysCloudUtilities(this IServiceCollection services, Action<UtilityFrameworkOptions>? configure = null)
    {
        var options = new UtilityFrameworkOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(UtilityRegistry.Discover(options.UtilityAssemblies));
        services.TryAddScoped<UtilityStateStore>();
        services.TryAddScoped(sp => new GenesysConnection(
            sp.GetRequiredService<UtilityStateStore>(),
            sp.GetService<ILoggerFactory>(),
            () =>
            {
                var apiOptions = new GenesysApiOptions();
                options.ConfigureApi?.Invoke(apiOptions);
                return apiOptions;
            }));
        return services;
    }
}
