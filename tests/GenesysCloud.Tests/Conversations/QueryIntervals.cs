using System.Globalization;
using System.Text.Json;
using GenesysCloud.Tests.Support;

namespace GenesysCloud.Tests.Conversations;

internal static class QueryIntervals
{
    public static string Format(DateTimeOffset start, DateTimeOffset end) =>
        $"{Iso(start)}/{Iso(end)}";

    /// <summary>The intervals of the details queries a client sent, in order.</summary>
    public static List<(DateTimeOffset Start, DateTimeOffset End)> Sent(RecordingHandler recorder) =>
        [.. recorder.Requests
            .Where(r => r.Method == "POST" && r.Uri.AbsolutePath == "/api/v2/analytics/conversations/details/query")
            .Select(r => JsonDocument.Parse(r.Body!).RootElement.GetProperty("interval").GetString()!.Split('/'))
            .Select(p => (DateTimeOffset.Parse(p[0], CultureInfo.InvariantCulture), DateTimeOffset.Parse(p[1], CultureInfo.InvariantCulture)))];

    private static string Iso(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
