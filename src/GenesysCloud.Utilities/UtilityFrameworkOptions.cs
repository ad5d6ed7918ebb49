using System.Reflection;

namespace GenesysCloud.Utilities;

/// <summary>Options for <see cref="UtilityServiceCollectionExtensions.AddGenesysCloudUtilities"/>.</summary>
public sealed class UtilityFrameworkOptions
{
    /// <summary>Assemblies scanned for utilities; the built-in utilities' assembly is always included.</summary>
    public IList<Assembly> UtilityAssemblies { get; } = [typeof(UtilityBase).Assembly];

    /// <summary>Adjusts the SDK options of each new connection (retry, rate limit, timeout).</summary>
    public Action<GenesysApiOptions>? ConfigureApi { get; set; }
}
