namespace GenesysCloud.Emulator.Wire;

internal sealed record AnalyticsPredicate(string? Type, string? Dimension, string? Operator, string? Value);
