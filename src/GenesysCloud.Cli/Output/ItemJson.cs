namespace GenesysCloud.Cli.Output;

/// <summary>One input identifier: what it resolved to, what the plan decided and, once run, its status.</summary>
public sealed record ItemJson(
    int Index,
    string Identifier,
    string? UserId,
    string? UserName,
    string Action,
    string? Status,
    double? Proficiency,
    string? Note,
    string? Error);
