namespace GenesysCloud.Emulator.Wire;

/// <summary>A filter ("and"/"or" over its predicates and clauses); a clause is a filter without clauses.</summary>
internal sealed record AnalyticsFilter(string? Type, IReadOnlyList<AnalyticsPredicate>? Predicates, IReadOnlyList<AnalyticsFilter>? Clauses);
