namespace GenesysCloud.Emulator.Wire;

internal sealed record ErrorDetail(string ErrorCode, string FieldName);
