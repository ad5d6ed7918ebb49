using GenesysCloud.Bulk;
using GenesysCloud.Cli.Connection;

namespace GenesysCloud.Cli.Commands;

/// <summary>One membership verb: its name, what it changes and how.</summary>
public sealed record MembershipCommandSpec(string Name, string Description, TargetKind Kind, BulkOperation Operation);
