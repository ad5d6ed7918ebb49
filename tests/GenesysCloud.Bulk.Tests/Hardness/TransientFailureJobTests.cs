using System.Net;
using System.Text;
using GenesysCloud.Bulk.Tests.Support;

namespace GenesysCloud.Bulk.Tests.Hardness;

/// <summary>The engine adds no retries of its own: a failure the SDK gives up on costs the SDK's attempts, then the item fails.</summary>
public sealed class TransientFailureJobTests
{
    [Fact]
    public async Task ApplyAsync_QueueAddAlways503_SendsTheSdkAttemptBudgetOnceAndReportsTheBatchFailed()
    {
        await using var org = await TestOrg.StartAsync(users: 100);
        var queue = org.State.Queues[0].Id;
        org.State.RemoveQueueMembers(queue, org.State.GetQueueMemberIds(queue));
        org.State.SetQueueMemberGroups(queue, []);
        using var unavailable = new QueueWritesUnavailable();
        var engine = org.NewEngine(handler: unavailable);

        var result = await engine.ApplyAsync(
            await engine.PlanAsync(new BulkRequest(BulkOperation.AddToQueue, queue, [.. org.State.Users.Take(30).Select(u => u.Id)])));

        Assert.Equal(BulkJobStatus.CompletedWithErrors, result.Job.Status);
        Assert.Equal(new GenesysApiOptions().MaxAttempts, unavailable.Refused);
        Assert.All(result.Items, i => Assert.StartsWith("503 service.unavailable", i.Error, StringComparison.Ordinal));
    }

    /// <summary>Answers every queue member write with 503 (as a Genesys outage would); passes everything else to the emulator.</summary>
    private sealed class QueueWritesUnavailable() : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _refused;

        public int Refused => Volatile.Read(ref _refused);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method != HttpMethod.Post || !request.RequestUri!.AbsolutePath.StartsWith("/api/v2/routing/queues/", StringComparison.Ordinal))
                return base.SendAsync(request, cancellationToken);
            Interlocked.Increment(ref _refused);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            {
                RequestMessage = request,
                Content = new StringContent("""{"message":"Service unavailable","code":"service.unavailable","status":503}""", Encoding.UTF8, "application/json"),
            });
        }
    }
}
