namespace GenesysCloud.Diagnostics;

/// <summary>The Genesys Cloud permissions one feature (e.g. a utility) needs.</summary>
/// <param name="Feature">The feature's name, shown in the check's result.</param>
/// <param name="Permissions">Permission strings such as <c>directory:group:edit</c>.</param>
public sealed record PermissionRequirement(string Feature, IReadOnlyList<string> Permissions);
