namespace GenesysCloud.Cli.Output;

/// <summary>
/// One input identifier: what it resolved to, what the plan decided and, once run, its status. <c>Line</c> is the line
/// of the CSV file or list it came from (null for people picked from a list and for jobs journaled before lines were).
/// </summary>
public sealed record ItemJson(
    int Index,
    int? Line,
    string Identifier,
    string? UserId,
    string? UserName,
    string Action,
    string? Status,
    double? Proficiency,
    int? RingNumber,
    string? Note,
    string? Error);
