namespace GenesysCloud.Emulator.Wire;

internal sealed record ErrorBody(
    string Message, string Code, int Status, string ContextId, IReadOnlyList<ErrorDetail> Details, IReadOnlyList<ErrorBody> Errors);
