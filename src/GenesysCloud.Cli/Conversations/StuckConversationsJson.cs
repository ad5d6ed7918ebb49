namespace GenesysCloud.Cli.Conversations;

/// <summary>The stable JSON shape of <c>conversations find</c>.</summary>
public sealed record StuckConversationsJson(
    string Command, string OlderThan, string Lookback, int Count, long Calls, double DurationSeconds,
    IReadOnlyList<StuckConversationJson> Conversations);

/// <summary>One conversation of <see cref="StuckConversationsJson"/>.</summary>
public sealed record StuckConversationJson(
    string ConversationId, string MediaType, DateTimeOffset? StartedAt, double? AgeHours, string Age,
    IReadOnlyList<string> Queues, IReadOnlyList<string> Agents, IReadOnlyList<string> Participants);
