namespace GenesysCloud.Bulk;

/// <summary>What a bulk job should do: one operation, one target, many users.</summary>
/// <param name="Operation">The change to make.</param>
/// <param name="TargetId">The group, queue or routing skill id.</param>
/// <param name="Identifiers">User ids, emails or usernames, mixed; blanks and repeats are reported, not sent.</param>
public sealed record BulkRequest(BulkOperation Operation, string TargetId, IReadOnlyList<string> Identifiers)
{
    /// <summary>Proficiency 0–5 for <see cref="BulkOperation.AssignSkill"/>; ignored otherwise.</summary>
    public double? Proficiency { get; init; }

    /// <summary>Who asked for the job (user name, e-mail, "cli"); stored in the journal for the audit trail.</summary>
    public string? RequestedBy { get; init; }

    /// <summary>
    /// A proficiency per identifier (same order as <see cref="Identifiers"/>) for skill jobs; a null entry takes
    /// <see cref="Proficiency"/>. Each value must be 0–5.
    /// </summary>
    public IReadOnlyList<double?>? Proficiencies { get; init; }

    /// <summary>
    /// For <see cref="BulkOperation.SyncQueue"/>: the change per identifier (same order as <see cref="Identifiers"/>),
    /// <see cref="BulkOperation.AddToQueue"/> or <see cref="BulkOperation.RemoveFromQueue"/>.
    /// </summary>
    public IReadOnlyList<BulkOperation>? RowOperations { get; init; }

    /// <summary>
    /// The 1-based input line of each identifier (same order as <see cref="Identifiers"/>; null entries for picked
    /// users), journaled with its item so results, reports and errors name the admin's line. Null when unknown.
    /// </summary>
    public IReadOnlyList<int?>? Lines { get; init; }

    /// <summary>The ring number 1–<see cref="QueuesApi.MaxRingNumber"/> for <see cref="BulkOperation.SetRingNumber"/>; ignored otherwise.</summary>
    public int? RingNumber { get; init; }

    /// <summary>
    /// A ring number per identifier (same order as <see cref="Identifiers"/>) for <see cref="BulkOperation.SetRingNumber"/>;
    /// a null entry takes <see cref="RingNumber"/>. Each must be 1–<see cref="QueuesApi.MaxRingNumber"/>.
    /// </summary>
    public IReadOnlyList<int?>? RingNumbers { get; init; }

    /// <summary>For <see cref="BulkOperation.CopyRouting"/>: what is copied, and whether the others are made identical.</summary>
    public RoutingCopyOptions? Copy { get; init; }
}
