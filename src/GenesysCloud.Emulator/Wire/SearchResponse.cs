namespace GenesysCloud.Emulator.Wire;

internal sealed record SearchResponse<T>(
    long Total, int PageCount, int PageSize, int PageNumber, string? PreviousPage, string CurrentPage, string? NextPage,
    IReadOnlyList<string> Types, IReadOnlyList<T> Results);
