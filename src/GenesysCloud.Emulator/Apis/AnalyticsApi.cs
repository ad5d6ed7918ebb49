using GenesysCloud.Emulator.Analytics;
using GenesysCloud.Emulator.Hosting;
using GenesysCloud.Emulator.Model;
using GenesysCloud.Emulator.Wire;

namespace GenesysCloud.Emulator.Apis;

internal static class AnalyticsApi
{
    private const int MaxPageSize = 100;
    private const long MaxResults = 100_000;
    private const int MaxIdsPerGet = 100;

    public static IEndpointRouteBuilder MapAnalyticsApi(this IEndpointRouteBuilder app)
    {
        var conversations = app.MapGroup("/api/v2/analytics/conversations");
        conversations.MapGet("/details", MultiDetails);
        conversations.MapGet("/{conversationId}/details", Details);
        conversations.MapPost("/details/query", Query);
        return app;
    }

    private static IResult Details(EmulatorState org, EmulatorOptions options, string conversationId) =>
        org.FindConversation(conversationId) is { } conversation
            ? TypedResults.Ok(ConversationViews.ToAnalytics(conversation, org.Division.Id, options.Time.GetUtcNow()))
            : ApiError.NotFound($"Conversation {conversationId} was not found.");

    /// <summary>
    /// <c>?id=a,b</c> (comma-separated or repeated), at most 100 ids; unknown ids are left out, and
    /// <c>conversations</c> is omitted when none is known.
    /// </summary>
    private static IResult MultiDetails(EmulatorState org, EmulatorOptions options, HttpRequest request)
    {
        var ids = request.Query["id"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
            return ApiError.BadRequest("At least one conversation id is required (id=a,b).", "id");
        if (ids.Count > MaxIdsPerGet)
            return ApiError.BadRequest($"At most {MaxIdsPerGet} conversation ids may be requested at once.", "id");
        var now = options.Time.GetUtcNow();
        var found = ids.Select(org.FindConversation).OfType<EmulatorConversation>()
            .Select(c => ConversationViews.ToAnalytics(c, org.Division.Id, now)).ToList();
        return TypedResults.Ok(new AnalyticsQueryResponse(found.Count > 0 ? found : null, found.Count));
    }

    /// <summary>Conversations that started on a day the interval touches, filtered, ordered by start (or end) and paged.</summary>
    private static IResult Query(EmulatorState org, EmulatorOptions options, ConversationQuery query)
    {
        if (QueryInterval.Parse(query.Interval, out var interval) is { } intervalError)
            return intervalError;
        if (Paging.Validate(query.Paging?.PageSize, query.Paging?.PageNumber, MaxPageSize, out var paging) is { } pagingError)
            return pagingError;
        if ((long)paging.PageSize * paging.PageNumber > MaxResults)
            return ApiError.BadRequest($"Pagination may not exceed {MaxResults} results.", "paging");
        if (query.Order is not (null or "asc" or "desc" or "unordered"))
            return ApiError.BadRequest("order must be asc, desc or unordered.", "order");
        if (query.OrderBy is not (null or "conversationStart" or "conversationEnd"))
            return ApiError.BadRequest("orderBy must be conversationStart or conversationEnd in this emulator.", "orderBy");
        if (ConversationFilters.Validate(query) is { } filterError)
            return filterError;

        Func<EmulatorConversation, DateTimeOffset> key = query.OrderBy == "conversationEnd"
            ? c => c.EndTime ?? DateTimeOffset.MaxValue
            : c => c.StartTime;
        var matches = org.Conversations.Where(c => interval.TouchesDayOf(c.StartTime) && ConversationFilters.Matches(c, query));
        var ordered = (query.Order == "desc" ? matches.OrderByDescending(key) : matches.OrderBy(key)).ToList();
        var now = options.Time.GetUtcNow();
        var page = paging.Slice(ordered).Select(c => ConversationViews.ToAnalytics(c, org.Division.Id, now)).ToList();
        return TypedResults.Ok(new AnalyticsQueryResponse(page.Count > 0 ? page : null, ordered.Count));
    }
}
