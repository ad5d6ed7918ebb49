using GenesysCloud.Emulator.Hosting;
using GenesysCloud.Emulator.Model;
using GenesysCloud.Emulator.Wire;
using Microsoft.AspNetCore.Mvc;

namespace GenesysCloud.Emulator.Apis;

internal static class QueuesApi
{
    private const int MaxPageSize = 100;
    private const int MaxMemberChanges = 100;

    public static IEndpointRouteBuilder MapQueuesApi(this IEndpointRouteBuilder app)
    {
        var queues = app.MapGroup("/api/v2/routing/queues");
        queues.MapGet("", List);
        queues.MapGet("/{queueId}", Get);
        queues.MapGet("/{queueId}/members", Members);
        queues.MapPost("/{queueId}/members", ChangeMembers);
        return app;
    }

    private static IResult List(
        HttpRequest request, EmulatorState org, int? pageSize, int? pageNumber, string? sortOrder, string? name,
        [FromQuery(Name = "id")] string[]? ids)
    {
        if (Paging.Validate(pageSize, pageNumber, MaxPageSize, out var paging) is { } error)
            return error;
        var wanted = QueryValues.Split(ids);
        IEnumerable<EmulatorQueue> queues = org.Queues
            .Where(q => NameFilter.Matches(q.Name, name, prefixWithoutWildcard: false))
            .Where(q => wanted.Count == 0 || wanted.Contains(q.Id))
            .OrderBy(q => q.Name, StringComparer.OrdinalIgnoreCase);
        if (QueryValues.IsDescending(sortOrder))
            queues = queues.Reverse();
        return TypedResults.Ok(Listings.Page(request, [.. queues], paging, q => Queue.From(q, org.Division)));
    }

    private static IResult Get(string queueId, EmulatorState org) =>
        org.FindQueue(queueId) is { } queue ? TypedResults.Ok(Queue.From(queue, org.Division)) : QueueNotFound(queueId);

    /// <summary>The newer listing: no total, pageCount or lastUri; nextUri while more members follow.</summary>
    private static IResult Members(HttpRequest request, EmulatorState org, string queueId, int? pageSize, int? pageNumber, string? name)
    {
        if (Paging.Validate(pageSize, pageNumber, MaxPageSize, out var paging) is { } error)
            return error;
        if (org.QueueMemberIdsInOrder(queueId) is not { } ids)
            return QueueNotFound(queueId);
        var members = ids.Select(org.FindUser).OfType<EmulatorUser>()
            .Where(u => string.IsNullOrEmpty(name) || u.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var page = paging.Slice(members).Select(QueueMember.From).ToList();
        return TypedResults.Ok(Listings.Cursor(request, paging, page, hasMore: (long)paging.Skip + page.Count < members.Count));
    }

    private static IResult ChangeMembers(EmulatorState org, string queueId, List<WritableEntity> body, bool? delete)
    {
        if (org.FindQueue(queueId) is null)
            return QueueNotFound(queueId);
        if (body.Count == 0)
            return ApiError.BadRequest("The body must list at least one member.");
        if (body.Count > MaxMemberChanges)
            return ApiError.BadRequest($"At most {MaxMemberChanges} members may be changed per request; the body held {body.Count}.");
        var ids = body.Select(e => e.Id ?? string.Empty).ToList();
        var unknown = ids.Where(id => org.FindUser(id) is null).ToList();
        if (unknown.Count > 0)
            return ApiError.BadRequest($"Unknown user ids: {string.Join(", ", unknown)}.", "id");
        if (delete == true)
            org.RemoveQueueMembers(queueId, ids);
        else
            org.AddQueueMembers(queueId, ids);
        return TypedResults.NoContent();
    }

    private static ApiError QueueNotFound(string queueId) => ApiError.NotFound($"Queue {queueId} was not found.");
}
