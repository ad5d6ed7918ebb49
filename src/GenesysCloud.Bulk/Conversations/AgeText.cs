using System.Globalization;

namespace GenesysCloud.Bulk.Conversations;

/// <summary>Ages as an admin reads them: "45 min", "7 h 5 min", "3 d 4 h".</summary>
public static class AgeText
{
    /// <summary>The age in its two largest units; "unknown" for null.</summary>
    public static string Of(TimeSpan? age) => age switch
    {
        null => "unknown",
        { TotalHours: < 1 } a => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, (int)a.TotalMinutes)} min"),
        { TotalDays: < 1 } a => string.Create(CultureInfo.InvariantCulture, $"{(int)a.TotalHours} h {a.Minutes} min"),
        { } a => string.Create(CultureInfo.InvariantCulture, $"{(int)a.TotalDays} d {a.Hours} h"),
    };
}
