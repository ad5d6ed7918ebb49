using GenesysCloud.Diagnostics;
using GenesysCloud.Utilities;
using Xunit.Abstractions;

namespace GenesysCloud.LiveTests;

/// <summary>The read-only org probes (the same as <c>gcutil doctor</c>) against the real org.</summary>
public sealed class OrgProbeLiveTests(ITestOutputHelper output)
{
    [LiveFact]
    public async Task Probes_RealOrg_NoAssumptionFails()
    {
        using var api = LiveOrg.Connect();
        var options = new OrgCheckOptions
        {
            GroupId = await ScratchGroupIdAsync(api),
            Permissions = UtilityPermissionRequirements.BuiltIn(),
        };

        var report = await new OrgDoctor(api).RunAsync(options);

        foreach (var result in report.Results)
            output.WriteLine($"{result.Status,-4} {result.Name}: {result.Observed} {result.Meaning}");
        output.WriteLine($"{report.Calls} calls");
        Assert.False(report.HasFailures, string.Join('\n', report.Results.Where(r => r.Status == ProbeStatus.Fail).Select(r => $"{r.Name}: {r.Observed}")));
    }

    private static async Task<string?> ScratchGroupIdAsync(GenesysCloudApi api) =>
        LiveOrg.ScratchGroup is { Length: > 0 } group ? (await ScratchGroup.ResolveAsync(api, group)).Id : null;
}
