namespace GenesysCloud;

/// <summary>One predicate of an <see cref="AnalyticsQueryFilter"/>.</summary>
/// <param name="Dimension">e.g. <c>queueId</c>, <c>userId</c>, <c>mediaType</c> (segment) or <c>conversationEnd</c> (conversation).</param>
/// <param name="Value">The value to match; null for exists/notExists.</param>
/// <param name="Operator">null (matches), "exists" or "notExists".</param>
public sealed record AnalyticsQueryPredicate(string Dimension, string? Value = null, string? Operator = null)
{
    /// <summary>"dimension" (the only kind this SDK builds).</summary>
    public string Type { get; init; } = "dimension";
}
