namespace GenesysCloud.Emulator.Wire;

internal sealed record PagingSpec(int? PageSize, int? PageNumber);
