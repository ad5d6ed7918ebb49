using GenesysCloud.Diagnostics;
using GenesysCloud.Emulator;
using GenesysCloud.Tests.Support;
using Xunit.Abstractions;

namespace GenesysCloud.Tests.Diagnostics;

public sealed class OrgDoctorTests(ITestOutputHelper output)
{
    [Fact]
    public async Task RunAsync_EmulatorFollowingTheFacts_PrintsEveryProbe()
    {
        await using var emulator = await StartAsync();
        using var api = TestEmulator.Client(emulator);

        var report = await new OrgDoctor(api).RunAsync();

        foreach (var r in report.Results)
            output.WriteLine($"{r.Status,-5} {r.Id,-45} {r.Observed}");
        output.WriteLine($"calls {report.Calls}");
    }

    private static Task<GenesysEmulator> StartAsync(Action<EmulatorOptions>? configure = null) =>
        TestEmulator.StartAsync(options =>
        {
            options.RateLimitPerMinute = 10_000;
            configure?.Invoke(options);
        });
}
