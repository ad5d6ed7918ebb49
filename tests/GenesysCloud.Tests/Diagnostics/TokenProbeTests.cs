using GenesysCloud.Diagnostics;
using GenesysCloud.Tests.Support;
using static GenesysCloud.Tests.Diagnostics.FakeAnswers;

namespace GenesysCloud.Tests.Diagnostics;

public sealed class TokenProbeTests
{
    [Fact]
    public async Task RunAsync_TokenRefused_ReportsOnlyTheFailedTokenCheck()
    {
        await using var server = await FakeApiServer.StartAsync((context, _) =>
            Error(context, 401, "No authentication bearer token specified in authorization header."));
        using var api = server.Client();

        var report = await new OrgDoctor(api).RunAsync();

        var token = Assert.Single(report.Results);
        Assert.Equal(("token", ProbeStatus.Fail), (token.Id, token.Status));
        Assert.Contains("401", token.Observed, StringComparison.Ordinal);
        Assert.Contains("Check the client id, secret and region", token.Meaning, StringComparison.Ordinal);
    }
}
