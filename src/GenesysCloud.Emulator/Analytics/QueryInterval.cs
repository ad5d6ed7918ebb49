using System.Globalization;
using GenesysCloud.Emulator.Hosting;

namespace GenesysCloud.Emulator.Analytics;

/// <summary>An ISO-8601 <c>start/end</c> interval of at most 31 days.</summary>
internal readonly record struct QueryInterval(DateTimeOffset Start, DateTimeOffset End)
{
    private static readonly TimeSpan MaxLength = TimeSpan.FromDays(31);

    public static ApiError? Parse(string? text, out QueryInterval interval)
    {
        interval = default;
        if (string.IsNullOrWhiteSpace(text))
            return ApiError.BadRequest("interval is required, e.g. 2024-01-01T00:00:00Z/2024-01-08T00:00:00Z.", "interval");
        var parts = text.Split('/');
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (parts.Length != 2
            || !DateTimeOffset.TryParse(parts[0], CultureInfo.InvariantCulture, styles, out var start)
            || !DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, styles, out var end))
            return ApiError.BadRequest($"interval '{text}' is not an ISO-8601 start/end pair.", "interval");
        if (end <= start)
            return ApiError.BadRequest("The interval must end after it starts.", "interval");
        if (end - start > MaxLength)
            return ApiError.BadRequest("You must specify a search interval as part of your query that does not exceed 31 days.", "interval");
        interval = new QueryInterval(start, end);
        return null;
    }

    /// <summary>
    /// "Results will only include conversations that started on a day touched by the interval" (the API's own
    /// words): the emulator takes the harder reading and returns every conversation of those UTC days, so a
    /// client must check the exact bounds itself.
    /// </summary>
    public bool TouchesDayOf(DateTimeOffset time)
    {
        var day = time.UtcDateTime.Date;
        return day >= Start.UtcDateTime.Date && day <= End.UtcDateTime.AddTicks(-1).Date;
    }
}
