using GenesysCloud.Bulk.Csv;

namespace GenesysCloud.Cli.Commands;

/// <summary>A parsed membership command: the verb, the target as typed, and the users.</summary>
public sealed record MembershipRequest(MembershipCommandSpec Spec, string Target, IdentifierInput Users)
{
    /// <summary>The command path as typed, e.g. "groups add-members".</summary>
    public required string CommandPath { get; init; }
}
