namespace GenesysCloud.Emulator.Tests;

internal static class SmallOrg
{
    /// <summary>A small org without rate limit, for tests that are not about limits.</summary>
    public static EmulatorOptions Options() => new()
    {
        Users = 200,
        Groups = 12,
        Queues = 6,
        Conversations = 300,
        RateLimitPerMinute = 0,
    };
}
