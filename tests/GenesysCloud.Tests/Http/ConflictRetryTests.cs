using System.Text.Json;
using GenesysCloud.Http;
using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Tests.Http;

public sealed class ConflictRetryTests
{
    private static readonly ApiResponse<JsonElement> Conflict = new(false, default, "Resource conflict", 409) { ErrorCode = "conflict" };
    private static readonly ApiResponse<JsonElement> Accepted = new(true, default, null, 200);

    [Fact]
    public async Task ExecuteAsync_FirstAttemptWaitedLongerThanTheBudgetForARateLimitSlot_StillRetriesItsConflict()
    {
        var time = new FakeTimeProvider();
        var retry = new ConflictRetry(new GenesysApiOptions { ConflictRetryBudget = TimeSpan.FromSeconds(3), ConflictBaseDelay = TimeSpan.Zero }, time);
        var attempts = 0;

        var response = await retry.ExecuteAsync(_ =>
        {
            if (++attempts > 1) return Task.FromResult(Accepted);
            time.Advance(TimeSpan.FromSeconds(10)); // queued behind the rate limit, then refused
            return Task.FromResult(Conflict);
        }, CancellationToken.None);

        Assert.True(response.Success);
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task ExecuteAsync_ConflictsForLongerThanTheBudget_GivesUpWithTheConflict()
    {
        var time = new FakeTimeProvider();
        var retry = new ConflictRetry(new GenesysApiOptions { ConflictRetryBudget = TimeSpan.FromSeconds(3), ConflictBaseDelay = TimeSpan.Zero }, time);
        var attempts = 0;

        var response = await retry.ExecuteAsync(_ =>
        {
            attempts++;
            time.Advance(TimeSpan.FromSeconds(1));
            return Task.FromResult(Conflict);
        }, CancellationToken.None);

        Assert.Equal(409, response.StatusCode);
        Assert.Equal(5, attempts); // the first conflict at 1 s, retried until one comes more than 3 s after it (at 5 s)
    }
}
