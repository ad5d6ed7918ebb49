namespace GenesysCloud.Emulator.Wire;

internal sealed record SearchCriterion(
    string? Type, IReadOnlyList<string>? Fields, string? Value, IReadOnlyList<string>? Values, string? Operator,
    IReadOnlyList<SearchCriterion>? Group);
