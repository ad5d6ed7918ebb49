namespace GenesysCloud.Emulator.Wire;

/// <summary>The newer envelope without total, pageCount or lastUri (queue members): follow nextUri until it is absent.</summary>
internal sealed record CursorListing<T>(
    IReadOnlyList<T> Entities, int PageSize, int PageNumber, string FirstUri, string SelfUri, string? NextUri, string? PreviousUri);
