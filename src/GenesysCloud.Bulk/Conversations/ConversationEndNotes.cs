using System.Globalization;

namespace GenesysCloud.Bulk.Conversations;

/// <summary>The per-item words of a conversation-ending job's report.</summary>
internal static class ConversationEndNotes
{
    public const string Ended = "ended";
    public const string ConfirmedOnResume = "ended: found ended on resume (by this job's earlier disconnect or by someone else)";
    public const string NotSentDuplicate = "same conversation as an earlier line";
    public const string Invalid = "empty conversation id";

    public static string AlreadyEnded(DateTimeOffset? endTime) => endTime is { } end
        ? string.Create(CultureInfo.InvariantCulture, $"already ended ({end.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC); not sent")
        : "already ended; not sent";

    public static string StillActive(int reads) =>
        $"Genesys Cloud accepted the disconnect (202), but the conversation still had no end after {reads} re-reads. " +
        "Resume the job to check again; if it stays, end it in Genesys Cloud or ask Genesys Care.";
}
