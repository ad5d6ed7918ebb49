namespace GenesysCloud.Emulator.Wire;

/// <summary>The standard paged envelope; nextUri/previousUri are null (omitted) at the ends.</summary>
internal sealed record EntityListing<T>(
    IReadOnlyList<T> Entities, int PageSize, int PageNumber, long Total, string FirstUri, string SelfUri,
    string? NextUri, string? PreviousUri, string LastUri, int PageCount);
