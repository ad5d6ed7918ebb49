using System.Globalization;
using GenesysCloud.Emulator.Hosting;
using GenesysCloud.Emulator.Model;
using GenesysCloud.Emulator.Wire;

namespace GenesysCloud.Emulator.Analytics;

/// <summary>
/// Conversation and segment filters of the details query. Every filter must hold; a segment filter
/// holds when one participant's segment satisfies it as a whole.
/// </summary>
internal static class ConversationFilters
{
    private static readonly Dictionary<string, Func<EmulatorConversation, string?>> ConversationDimensions =
        new(StringComparer.Ordinal)
        {
            ["conversationId"] = c => c.Id,
            ["originatingDirection"] = c => c.Direction,
            ["conversationStart"] = c => c.StartTime.ToString("O", CultureInfo.InvariantCulture),
            ["conversationEnd"] = c => c.EndTime?.ToString("O", CultureInfo.InvariantCulture),
        };

    private static readonly Dictionary<string, Func<EmulatorConversation, EmulatorParticipant, string?>> SegmentDimensions =
        new(StringComparer.Ordinal)
        {
            ["queueId"] = (_, p) => p.QueueId,
            ["userId"] = (_, p) => p.UserId,
            ["mediaType"] = (c, _) => c.MediaType,
            ["purpose"] = (_, p) => p.Purpose,
            ["direction"] = (c, _) => c.Direction,
            ["wrapUpCode"] = (_, p) => p.WrapupCodeId,
        };

    public static ApiError? Validate(ConversationQuery query) =>
        Validate(query.ConversationFilters, ConversationDimensions.Keys, "conversationFilters")
        ?? Validate(query.SegmentFilters, SegmentDimensions.Keys, "segmentFilters");

    public static bool Matches(EmulatorConversation conversation, ConversationQuery query) =>
        (query.ConversationFilters ?? []).All(f => Holds(f, p => Test(p, ConversationDimensions[p.Dimension!](conversation))))
        && (query.SegmentFilters ?? []).All(f => conversation.Participants.Any(participant =>
            Holds(f, p => Test(p, SegmentDimensions[p.Dimension!](conversation, participant)))));

    private static ApiError? Validate(IReadOnlyList<AnalyticsFilter>? filters, IEnumerable<string> dimensions, string field)
    {
        foreach (var filter in filters ?? [])
        {
            if (filter.Type is not ("and" or "or") || (filter.Clauses ?? []).Any(c => c.Type is not ("and" or "or")))
                return ApiError.BadRequest($"Each of {field} and each of its clauses need type \"and\" or \"or\".", field);
            if (filter.Predicates is not { Count: > 0 } && filter.Clauses is not { Count: > 0 })
                return ApiError.BadRequest($"Each of {field} needs predicates or clauses.", field);
            var predicates = (filter.Predicates ?? []).Concat((filter.Clauses ?? []).SelectMany(c => c.Predicates ?? []));
            foreach (var predicate in predicates)
            {
                if (predicate.Dimension is null || !dimensions.Contains(predicate.Dimension))
                    return ApiError.BadRequest(
                        $"Dimension '{predicate.Dimension}' is not supported in {field}; use one of {string.Join(", ", dimensions)}.", field);
                if (predicate.Operator is not (null or "matches" or "exists" or "notExists"))
                    return ApiError.BadRequest($"Operator '{predicate.Operator}' is invalid; use matches, exists or notExists.", field);
                if (predicate.Operator is null or "matches" && predicate.Value is null)
                    return ApiError.BadRequest($"A matches predicate on {predicate.Dimension} needs a value.", field);
            }
        }
        return null;
    }

    private static bool Holds(AnalyticsFilter filter, Func<AnalyticsPredicate, bool> test)
    {
        var results = (filter.Predicates ?? []).Select(test)
            .Concat((filter.Clauses ?? []).Select(clause => Holds(clause with { Clauses = null }, test)));
        return filter.Type == "or" ? results.Any(r => r) : results.All(r => r);
    }

    private static bool Test(AnalyticsPredicate predicate, string? actual) => predicate.Operator switch
    {
        "exists" => actual is not null,
        "notExists" => actual is null,
        _ => string.Equals(actual, predicate.Value, StringComparison.OrdinalIgnoreCase),
    };
}
