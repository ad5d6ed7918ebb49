using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud;

/// <summary>One media session of an analytics participant.</summary>
public sealed record AnalyticsSession
{
    /// <summary>Session id.</summary>
    public string? SessionId { get; init; }

    /// <summary>voice, chat, email, message, callback, cobrowse, video, screenshare.</summary>
    public string? MediaType { get; init; }

    /// <summary>inbound or outbound.</summary>
    public string? Direction { get; init; }

    /// <summary>The session's segments (interact, hold, wrapup, alert …).</summary>
    public IReadOnlyList<AnalyticsSegment>? Segments { get; init; }

    /// <summary>Fields this record does not name, kept so a write-back loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
