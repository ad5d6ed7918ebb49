namespace GenesysCloud.Emulator.Wire;

/// <summary>Serializes as <c>{}</c>, the body of the real API's 202 answers.</summary>
internal sealed record Empty;
