namespace GenesysCloud.Emulator.Hosting;

internal readonly record struct RateDecision(bool Allowed, int Count, int Limit, int ResetSeconds);
