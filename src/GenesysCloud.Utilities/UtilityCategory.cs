namespace GenesysCloud.Utilities;

/// <summary>Utilities listed under one drawer heading.</summary>
/// <param name="Name">The category name from <see cref="UtilityConfig.Category"/>.</param>
/// <param name="Utilities">The category's utilities, sorted by name.</param>
public sealed record UtilityCategory(string Name, IReadOnlyList<UtilityDescriptor> Utilities);
