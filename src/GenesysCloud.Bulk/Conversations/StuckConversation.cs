namespace GenesysCloud.Bulk.Conversations;

/// <summary>One conversation of a sweep, as listed, exported and ended.</summary>
/// <param name="ConversationId">The conversation id.</param>
/// <param name="MediaType">voice, chat, email, message, callback …</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="Age">How long it has been going at the time of the sweep.</param>
/// <param name="Queues">Names of the queues it came through.</param>
/// <param name="Agents">Names of the agents in it.</param>
/// <param name="Participants">Every participant as "purpose: name".</param>
public sealed record StuckConversation(
    string ConversationId, string MediaType, DateTimeOffset? StartedAt, TimeSpan? Age,
    IReadOnlyList<string> Queues, IReadOnlyList<string> Agents, IReadOnlyList<string> Participants)
{
    /// <summary>"voice · Billing · 3 d 4 h": what the job report shows beside the id.</summary>
    public string Description => string.Join(" · ", new[] { MediaType, Queues.Count > 0 ? string.Join(", ", Queues) : "no queue", AgeText.Of(Age) });

    /// <summary>Builds the row from the analytics details.</summary>
    public static StuckConversation From(AnalyticsConversation conversation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var participants = conversation.Participants ?? [];
        return new StuckConversation(
            conversation.ConversationId,
            conversation.MediaType ?? "unknown",
            conversation.ConversationStart,
            conversation.Age(now),
            [.. participants.Where(p => p.Purpose == "acd").Select(p => p.ParticipantName ?? "(unnamed queue)").Distinct(StringComparer.Ordinal)],
            [.. participants.Where(p => p.Purpose is "agent" or "user").Select(p => p.ParticipantName ?? p.UserId ?? "(unnamed agent)").Distinct(StringComparer.Ordinal)],
            [.. participants.Select(p => $"{p.Purpose ?? "participant"}: {p.ParticipantName ?? p.UserId ?? "(no name)"}")]);
    }
}
