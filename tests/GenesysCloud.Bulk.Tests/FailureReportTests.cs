using GenesysCloud.Bulk.Journal;
using GenesysCloud.Bulk.Tests.Support;

namespace GenesysCloud.Bulk.Tests;

public sealed class FailureReportTests
{
    [Fact]
    public async Task ApplyAsync_BatchWithARejectedUser_FailsOnlyThatItemAndReportsWhy()
    {
        await using var org = await TestOrg.StartAsync();
        var users = org.State.Users.Take(60).ToList();
        var group = org.EmptyGroup();
        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group, [.. users.Select(u => u.Email)]));
        var ghost = Guid.NewGuid().ToString(); // e.g. a user deleted between planning and applying
        var tampered = plan with { Items = [.. plan.Items.Select(i => i.Index == 7 ? i with { UserId = ghost } : i)] };

        var result = await org.Engine.ApplyAsync(tampered);

        Assert.Equal(BulkJobStatus.CompletedWithErrors, result.Job.Status);
        var failed = Assert.Single(result.Items, i => i.Status == BulkItemStatus.Failed);
        Assert.Equal(7, failed.Index);
        Assert.Contains("400", failed.Error, StringComparison.Ordinal);
        Assert.Contains(ghost, failed.Error, StringComparison.Ordinal);
        Assert.Equal(users.Where((_, i) => i != 7).Select(u => u.Id).ToHashSet(), org.State.GetGroupMemberIds(group));
    }

    [Fact]
    public async Task BulkConnection_OverAnExistingClient_CountsCallsThroughTheSdk()
    {
        await using var org = await TestOrg.StartAsync();
        var config = new GenesysConfig(org.Emulator.ClientId, org.Emulator.ClientSecret) { ApiBaseUrl = org.Emulator.BaseUrl, AuthBaseUrl = org.Emulator.BaseUrl };
        using var api = new GenesysCloudApi(new GenesysAuth(config), new GenesysApiOptions { RequestsPerMinute = 0 });
        using var connection = new BulkConnection(api);
        using var journal = new SqliteJobJournal(SqliteJobJournal.ForFile(org.JournalPath));
        var engine = new BulkEngine(connection, journal);
        var progress = new SyncProgress();

        var result = await engine.ApplyAsync(await engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, org.EmptyGroup(), [org.State.Users[0].Email])), progress);

        Assert.True(result.Succeeded);
        Assert.Equal(api.CallCount, connection.Calls);
        Assert.Equal(1, progress.Reports[^1].Calls);
        Assert.Equal(result.Job.Calls, org.Requests.Entries.Count(e => e.Path.StartsWith("/api/", StringComparison.Ordinal)));
    }
}
