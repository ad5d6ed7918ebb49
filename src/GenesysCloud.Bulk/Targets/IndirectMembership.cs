namespace GenesysCloud.Bulk.Targets;

/// <summary>
/// Why someone who is not an individual member still shows in a group or queue.
/// </summary>
/// <param name="Kind">Owner, member by rule, or member through one of a queue's member groups.</param>
/// <param name="Source">The member group's name (<see cref="IndirectKind.ViaGroup"/>), or the names of the queue's member groups (<see cref="IndirectKind.ViaMemberGroups"/>).</param>
internal sealed record IndirectMembership(IndirectKind Kind, string? Source = null);
