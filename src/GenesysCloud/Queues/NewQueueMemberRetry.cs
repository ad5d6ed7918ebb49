using System.Globalization;
using System.Text.Json;
using GenesysCloud.Http;

namespace GenesysCloud;

/// <summary>
/// Retries a 404 on <c>PATCH /routing/queues/{queueId}/members/{memberId}</c>: a member added moments ago can still be
/// "not found" there, which is why Genesys's Terraform provider retries that PATCH on 404 (FACTS §4). Waits 0.5 s × n,
/// on the client's <see cref="TimeProvider"/>, until <see cref="GenesysApiOptions.NewQueueMemberRetryBudget"/> is spent;
/// then the 404 is returned with an error that says so: the person truly is not an individual member (or the queue is gone).
/// </summary>
internal sealed class NewQueueMemberRetry(TimeSpan budget, TimeProvider time)
{
    private static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(500);
    private readonly BudgetedRetry _retry = new(answer => answer.StatusCode == 404, retry => BaseDelay * (retry + 1), () => budget, time);

    public async Task<ApiResponse<JsonElement>> ExecuteAsync(Func<CancellationToken, Task<ApiResponse<JsonElement>>> patch,
        string queueId, string userId, CancellationToken ct)
    {
        var (answer, waited) = await _retry.ExecuteAsync(patch, ct).ConfigureAwait(false);
        if (answer.StatusCode != 404)
            return answer;
        return answer with
        {
            Error = $"Still not found after {waited.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s of retries: user {userId} " +
                    $"is not an individual member of queue {queueId}, or the queue does not exist ({answer.Error?.TrimEnd('.')}).",
        };
    }
}
