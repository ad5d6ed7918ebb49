namespace GenesysCloud.Bulk;

/// <summary>What a <see cref="BulkOperation.CopyRouting"/> job copies from the person it names.</summary>
/// <param name="Skills">Copy routing skills.</param>
/// <param name="Languages">Copy routing languages.</param>
/// <param name="Identical">Also remove what the others have of those kinds and the source does not (make them identical).</param>
public sealed record RoutingCopyOptions(bool Skills = true, bool Languages = true, bool Identical = false);
