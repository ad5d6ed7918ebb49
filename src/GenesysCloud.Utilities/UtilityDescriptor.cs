namespace GenesysCloud.Utilities;

/// <summary>A discovered utility: its configuration and the component type the shell renders.</summary>
/// <param name="Config">The utility's self-description.</param>
/// <param name="ComponentType">The non-abstract <see cref="UtilityBase"/> subclass.</param>
public sealed record UtilityDescriptor(UtilityConfig Config, Type ComponentType);
