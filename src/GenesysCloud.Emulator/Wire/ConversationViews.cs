using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Emulator.Wire;

/// <summary>
/// The conversation as the conversations API and the analytics API show it. Analytics segments are
/// derived from the conversation's times: the queue wait is a fifth of the talk (at most 45 s) and
/// the agent's wrap-up the last quarter of the agent's part (at most 30 s).
/// </summary>
internal static class ConversationViews
{
    public static Conversation ToConversation(EmulatorConversation conversation, EmulatorState org)
    {
        var state = conversation.IsEnded ? "disconnected" : "connected";
        var participants = conversation.Participants.Select(p => new Participant(
            p.Id, conversation.StartTime, conversation.EndTime, conversation.StartTime, p.Name, p.UserId, p.QueueId,
            p.QueueId is { } queueId ? org.FindQueue(queueId)?.Name : null, p.Purpose, state,
            WrapupRequired: p.Purpose == "agent",
            p.WrapupCodeId is { } code ? new Wrapup(code, org.WrapupCodes.FirstOrDefault(w => w.Id == code)?.Name ?? code) : null));
        var self = $"/api/v2/conversations/{conversation.Id}";
        return new Conversation(
            conversation.Id, conversation.StartTime, conversation.EndTime, state, [.. participants], "none",
            [new ConversationDivision(DivisionRef.From(org.Division), [new EntityRef(conversation.Id, null, self)])], self);
    }

    public static AnalyticsConversation ToAnalytics(EmulatorConversation conversation, string divisionId, DateTimeOffset now)
    {
        var end = conversation.EndTime ?? now;
        var answered = conversation.StartTime + TimeSpan.FromSeconds(Math.Min(45, (end - conversation.StartTime).TotalSeconds / 5));
        var participants = conversation.Participants.Select(p => new AnalyticsParticipant(
            p.Id, p.Name, p.Purpose, p.UserId,
            [new AnalyticsSession(p.Id, conversation.MediaType, conversation.Direction, Segments(conversation, p, answered))]));
        return new AnalyticsConversation(
            conversation.Id, conversation.StartTime, conversation.EndTime, conversation.Direction, [divisionId], [.. participants]);
    }

    private static List<AnalyticsSegment> Segments(EmulatorConversation conversation, EmulatorParticipant participant, DateTimeOffset answered)
    {
        var disconnect = conversation.IsEnded ? "peer" : null;
        switch (participant.Purpose)
        {
            case "acd":
                return [new(conversation.StartTime, answered, "interact", participant.QueueId, null, null)];
            case "agent" when conversation.EndTime is { } end && participant.WrapupCodeId is { } code:
                var wrapupStart = end - TimeSpan.FromSeconds(Math.Min(30, (end - answered).TotalSeconds / 4));
                return
                [
                    new(answered, wrapupStart, "interact", participant.QueueId, null, null),
                    new(wrapupStart, end, "wrapup", participant.QueueId, code, "client"),
                ];
            case "agent":
                return [new(answered, conversation.EndTime, "interact", participant.QueueId, null, disconnect)];
            default:
                return [new(conversation.StartTime, conversation.EndTime, "interact", null, null, disconnect)];
        }
    }
}
