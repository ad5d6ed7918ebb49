using System.Net.Http.Json;
using System.Net;

namespace GenesysCloud.Emulator.Tests.Hosting;

public sealed class FaultInjectionTests : EmulatorTest
{
    [Fact]
    public async Task ErrorRateOne_EveryRequestFailsWith5xxErrorBody()
    {
        Emulator.Faults.ErrorRate = 1;

        for (var i = 0; i < 8; i++)
        {
            using var response = await Api.GetAsync("/api/v2/users");
            Assert.Contains((int)response.StatusCode, new[] { 500, 502, 503, 504 });
            var body = await response.JsonAsync(response.StatusCode);
            Assert.Equal((int)response.StatusCode, body.GetProperty("status").GetInt32());
        }
    }

    [Fact]
    public async Task ErrorRateBackToZero_RequestsSucceedAgain()
    {
        Emulator.Faults.ErrorRate = 1;
        (await Api.GetAsync("/api/v2/users")).Dispose();

        Emulator.Faults.ErrorRate = 0;
        using var response = await Api.GetAsync("/api/v2/users");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Burst429_NextRequestsGet429ThenPass()
    {
        Emulator.Faults.Burst429Remaining = 2;
        Emulator.Faults.Retry429AfterSeconds = 7;

        using var first = await Api.GetAsync("/api/v2/users");
        using var second = await Api.GetAsync("/api/v2/groups");
        using var third = await Api.GetAsync("/api/v2/users");

        await first.AssertErrorAsync(HttpStatusCode.TooManyRequests, "too.many.requests");
        Assert.Equal(TimeSpan.FromSeconds(7), first.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(0, Emulator.Faults.Burst429Remaining);
        Assert.Equal(2, Emulator.Requests.Count429);
    }

    [Fact]
    public async Task DropRateOne_AbortsTheConnectionAndLogsStatusZero()
    {
        Emulator.Faults.DropRate = 1;

        await Assert.ThrowsAsync<HttpRequestException>(() => Api.GetAsync("/api/v2/users"));

        Assert.Equal(0, Emulator.Requests.Entries.Single(e => e.RouteTemplate == "/api/v2/users").StatusCode);
    }

    [Fact]
    public async Task Latency_LongerThanTheClientWaits_TimesTheClientOut()
    {
        Emulator.Faults.Latency = TimeSpan.FromMinutes(1);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAsync<TaskCanceledException>(() => Api.Http.GetAsync("/api/v2/users", timeout.Token));
    }

    [Fact]
    public async Task ClientCancelsBeforeTheResponse_LogsStatus499()
    {
        Emulator.Faults.Latency = TimeSpan.FromMinutes(1);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAsync<TaskCanceledException>(() => Api.Http.GetAsync("/api/v2/users", cancel.Token));

        var entry = await WaitForEntryAsync("/api/v2/users");
        Assert.Equal(499, entry.StatusCode);
    }

    [Fact]
    public async Task Latency_AChangeIsMadeOnArrival_EvenWhenTheClientStopsWaitingForItsAnswer()
    {
        Emulator.Faults.Latency = TimeSpan.FromMinutes(1);
        var queueId = Org.Queues[0].Id;
        var userId = Org.Users.Select(u => u.Id).Except(Org.GetQueueMemberIds(queueId)).First();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAsync<TaskCanceledException>(() =>
            Api.Http.PostAsJsonAsync($"/api/v2/routing/queues/{queueId}/members", new[] { new { id = userId } }, cancel.Token));

        var entry = await WaitForEntryAsync("/api/v2/routing/queues/{queueId}/members");
        Assert.Equal(499, entry.StatusCode);
        Assert.Contains(userId, Org.GetQueueMemberIds(queueId));
    }

    [Fact]
    public async Task WhenQuietAsync_CompletesOnlyOnceARequestItsClientGaveUpOnIsLogged()
    {
        Emulator.Faults.Latency = TimeSpan.FromMinutes(1);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1)); // time for the request to reach the server, even on a busy machine

        await Assert.ThrowsAsync<TaskCanceledException>(() => Api.Http.GetAsync("/api/v2/users", cancel.Token));
        await Emulator.Requests.WhenQuietAsync();

        Assert.Equal(499, Assert.Single(Emulator.Requests.Entries, e => e.RouteTemplate == "/api/v2/users").StatusCode);
    }

    [Fact]
    public async Task Faults_FromStartOptions_ApplyFromTheFirstRequest()
    {
        var options = SmallOrg.Options();
        options.Faults.Burst429Remaining = 1;
        await using var emulator = await GenesysEmulator.StartAsync(options);
        using var api = await ApiClient.ConnectAsync(emulator);

        using var response = await api.GetAsync("/api/v2/users");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Same(options.Faults, emulator.Faults);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    public void ErrorRate_OutsideZeroToOne_IsRejected(double rate) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FaultOptions().ErrorRate = rate);

    /// <summary>The server logs an aborted request when it notices the disconnect, shortly after the client gives up.</summary>
    private async Task<RequestLogEntry> WaitForEntryAsync(string routeTemplate) =>
        await Emulator.Requests.WaitForAsync(e => e.RouteTemplate == routeTemplate).WaitAsync(TimeSpan.FromSeconds(30));
}
