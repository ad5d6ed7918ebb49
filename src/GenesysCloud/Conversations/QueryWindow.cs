using System.Globalization;

namespace GenesysCloud.Conversations;

/// <summary>
/// One interval the details query is sent for. The API refuses intervals over 31 days and returns
/// "conversations that started on a day touched by the interval", so windows end on UTC midnights and touch
/// at most 31 days each, and every result is checked against the window's exact bounds.
/// </summary>
internal readonly record struct QueryWindow(DateTimeOffset Start, DateTimeOffset End)
{
    public const int MaxDays = 31;

    /// <summary>Consecutive windows covering [start, end).</summary>
    public static IReadOnlyList<QueryWindow> Split(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start) throw new ArgumentException($"The interval must end after it starts ({Format(start)} / {Format(end)}).", nameof(end));
        var windows = new List<QueryWindow>();
        end = ToMilliseconds(end);
        for (var from = ToMilliseconds(start); from < end;)
        {
            var to = new DateTimeOffset(from.UtcDateTime.Date, TimeSpan.Zero).AddDays(MaxDays);
            if (to > end) to = end;
            windows.Add(new QueryWindow(from, to));
            from = to;
        }
        return windows;
    }

    /// <summary>Parses an ISO-8601 <c>start/end</c> interval.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Parse(string interval)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(interval);
        var parts = interval.Split('/');
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (parts.Length != 2
            || !DateTimeOffset.TryParse(parts[0], CultureInfo.InvariantCulture, styles, out var start)
            || !DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, styles, out var end))
            throw new ArgumentException($"'{interval}' is not an ISO-8601 start/end interval, e.g. 2026-11-01T00:00:00Z/2026-11-08T00:00:00Z.", nameof(interval));
        return (start, end);
    }

    public bool Contains(DateTimeOffset? time) => time is not { } t || (t >= Start && t < End);

    /// <summary>The interval as the API takes it.</summary>
    public override string ToString() => $"{Format(Start)}/{Format(End)}";

    /// <summary>The API takes milliseconds: windows are cut there so the bounds checked are the bounds sent.</summary>
    private static DateTimeOffset ToMilliseconds(DateTimeOffset time) =>
        new(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    private static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
