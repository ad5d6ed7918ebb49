using System.Globalization;
using GenesysCloud.Bulk.Csv;

namespace GenesysCloud.Bulk.Conversations;

/// <summary>
/// Conversation Tools' reads, shared by the web utility and <c>gcutil conversations</c>: find stuck conversations,
/// look one up, export a sweep. Ending them is a job: <see cref="ConversationEndPlanner"/> and <see cref="BulkEngine"/>.
/// </summary>
/// <param name="api">The connected client.</param>
/// <param name="time">Clock for ages; the system clock when null.</param>
public sealed class ConversationSweep(GenesysCloudApi api, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>
    /// Every stuck conversation the filter matches, oldest first. Throws <see cref="ArgumentException"/> for a bad
    /// filter and <see cref="GenesysApiException"/> when a call fails or a 31-day window holds more than 100,000 results.
    /// </summary>
    public async Task<IReadOnlyList<StuckConversation>> FindStuckAsync(StuckConversationFilter filter, CancellationToken ct = default)
    {
        var now = _time.GetUtcNow();
        var found = new List<StuckConversation>();
        await foreach (var conversation in api.Conversations.FindStuckAsync(filter, now, ct).ConfigureAwait(false))
            found.Add(StuckConversation.From(conversation, now));
        return [.. found.OrderBy(c => c.StartedAt)];
    }

    /// <summary>The conversation and its analytics details (two calls); failures are returned, not thrown.</summary>
    public async Task<ConversationLookup> LookupAsync(string conversationId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var id = conversationId.Trim();
        var conversation = api.Conversations.GetAsync(id, ct);
        var details = api.Conversations.GetDetailsAsync(id, ct);
        return new ConversationLookup(id, await conversation.ConfigureAwait(false), await details.ConfigureAwait(false));
    }

    /// <summary>The sweep as formula-safe CSV, one line per conversation.</summary>
    public static byte[] ExportCsv(IEnumerable<StuckConversation> conversations) => SafeCsvWriter.ToUtf8Bytes(
        ["conversationId", "mediaType", "startedAt", "ageHours", "queues", "agents", "participants"],
        conversations.Select(c => new[]
        {
            c.ConversationId, c.MediaType, c.StartedAt?.ToString("O", CultureInfo.InvariantCulture),
            c.Age?.TotalHours.ToString("0.0", CultureInfo.InvariantCulture),
            string.Join("; ", c.Queues), string.Join("; ", c.Agents), string.Join("; ", c.Participants),
        }));

    /// <summary>The plan of a job that ends <paramref name="conversations"/>; nothing is sent until it is applied.</summary>
    public BulkPlan PlanEnd(IEnumerable<StuckConversation> conversations, string? requestedBy) =>
        ConversationEndPlanner.Plan(conversations.Select(c => new ConversationToEnd(c.ConversationId, c.Description)), requestedBy, _time);
}
