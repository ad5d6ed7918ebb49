namespace GenesysCloud;

/// <summary>
/// A filter of the analytics details query: <see cref="Type"/> "and" or "or" over its predicates
/// (e.g. "or" over several queue ids).
/// </summary>
/// <param name="Type">"and" or "or".</param>
/// <param name="Predicates">The predicates combined.</param>
public sealed record AnalyticsQueryFilter(string Type, IReadOnlyList<AnalyticsQueryPredicate> Predicates)
{
    /// <summary>Holds when <paramref name="dimension"/> matches any of <paramref name="values"/>.</summary>
    public static AnalyticsQueryFilter AnyOf(string dimension, IEnumerable<string> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dimension);
        ArgumentNullException.ThrowIfNull(values);
        var predicates = values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal)
            .Select(v => new AnalyticsQueryPredicate(dimension, v)).ToList();
        if (predicates.Count == 0) throw new ArgumentException($"At least one {dimension} value is needed.", nameof(values));
        return new AnalyticsQueryFilter("or", predicates);
    }

    /// <summary>Holds when <paramref name="dimension"/> has no value (e.g. <c>conversationEnd</c>: not ended).</summary>
    public static AnalyticsQueryFilter NotExists(string dimension) =>
        new("and", [new AnalyticsQueryPredicate(dimension, null, "notExists")]);
}
