using GenesysCloud.Emulator;
using GenesysCloud.Tests.Support;

namespace GenesysCloud.Tests.Diagnostics;

/// <summary>An emulator for the org probes: its rate limit high enough never to bite, so its headers are on.</summary>
internal static class DoctorEmulator
{
    public static Task<GenesysEmulator> StartAsync(Action<EmulatorOptions>? configure = null) =>
        TestEmulator.StartAsync(options =>
        {
            options.RateLimitPerMinute = 10_000;
            configure?.Invoke(options);
        });
}
