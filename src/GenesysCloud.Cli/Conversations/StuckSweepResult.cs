using GenesysCloud.Bulk.Conversations;

namespace GenesysCloud.Cli.Conversations;

/// <summary>One sweep: the filter, what it found, and what it cost.</summary>
public sealed record StuckSweepResult(StuckConversationFilter Filter, IReadOnlyList<StuckConversation> Conversations, long Calls, TimeSpan Duration)
{
    public StuckConversationsJson ToJson(string command) => new(
        command, AgeText.Of(Filter.OlderThan), AgeText.Of(Filter.Lookback), Conversations.Count, Calls, Math.Round(Duration.TotalSeconds, 2),
        [.. Conversations.Select(c => new StuckConversationJson(
            c.ConversationId, c.MediaType, c.StartedAt, c.Age is { } age ? Math.Round(age.TotalHours, 1) : null, AgeText.Of(c.Age),
            c.Queues, c.Agents, c.Participants))]);
}
