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
}
