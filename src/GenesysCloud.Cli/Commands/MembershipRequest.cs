using GenesysCloud.Bulk.Csv;

namespace GenesysCloud.Cli.Commands;

/// <summary>A parsed membership command: the verb, the target as typed, the users and the proficiency.</summary>
public sealed record MembershipRequest(MembershipCommandSpec Spec, string Target, IdentifierInput Users, double? Proficiency)
{
    /// <summary>The command path as typed, e.g. "groups add-members".</summary>
    public required string CommandPath { get; init; }
}
