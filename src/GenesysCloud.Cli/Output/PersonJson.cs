namespace GenesysCloud.Cli.Output;

/// <summary>
/// One person of a job whose input rows stand for several items (a skills copy: one item per person × skill or
/// language): their input line, where they stand overall, what their changes do and how they ended ("2 of 3 changes
/// applied, 1 failed; gives 2 items …"), every failure's reason, and the indexes of their items in <c>items</c>.
/// </summary>
public sealed record PersonJson(
    int? Line,
    string Identifier,
    string? UserId,
    string? UserName,
    string State,
    string? Note,
    string? Error,
    IReadOnlyList<int> Items);
