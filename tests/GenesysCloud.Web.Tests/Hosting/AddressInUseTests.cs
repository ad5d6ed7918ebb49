using System.Net;
using System.Net.Sockets;
using GenesysCloud.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace GenesysCloud.Web.Tests.Hosting;

public sealed class AddressInUseTests
{
    [Fact]
    public async Task Describe_PortTakenByAnotherListener_NamesTheAddressAndHowToChooseAnother()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)occupant.LocalEndpoint).Port}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        await using var app = builder.Build();

        var failure = await Assert.ThrowsAsync<IOException>(() => app.StartAsync());

        Assert.True(AddressInUse.Matches(failure));
        var line = AddressInUse.Describe(failure);
        Assert.Contains(url, line, StringComparison.Ordinal);
        Assert.Contains("--urls http://127.0.0.1:5001", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public void Matches_OtherIoFailure_IsFalse() =>
        Assert.False(AddressInUse.Matches(new IOException("disk full", new SocketException((int)SocketError.AccessDenied))));
}
