namespace GenesysCloud.Emulator.Wire;

internal sealed record SearchRequest(
    string? SortOrder, string? SortBy, int? PageSize, int? PageNumber, IReadOnlyList<SearchCriterion>? Query,
    IReadOnlyList<string>? Expand);
