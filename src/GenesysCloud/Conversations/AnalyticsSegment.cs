using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud;

/// <summary>One segment of an analytics session.</summary>
public sealed record AnalyticsSegment
{
    /// <summary>Start of the segment.</summary>
    public DateTimeOffset? SegmentStart { get; init; }

    /// <summary>End of the segment; null while it lasts.</summary>
    public DateTimeOffset? SegmentEnd { get; init; }

    /// <summary>interact, alert, hold, wrapup, ivr …</summary>
    public string? SegmentType { get; init; }

    /// <summary>The queue of the segment, when routed.</summary>
    public string? QueueId { get; init; }

    /// <summary>Wrap-up code id of a wrapup segment.</summary>
    public string? WrapUpCode { get; init; }

    /// <summary>How the segment ended (peer, client, system …).</summary>
    public string? DisconnectType { get; init; }

    /// <summary>Fields this record does not name, kept so a write-back loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
