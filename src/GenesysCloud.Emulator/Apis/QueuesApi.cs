using GenesysCloud.Emulator.Hosting;
using GenesysCloud.Emulator.Model;
using GenesysCloud.Emulator.Wire;
using Microsoft.AspNetCore.Mvc;

namespace GenesysCloud.Emulator.Apis;

internal static class QueuesApi
{
    private const int MaxPageSize = 500;
    private const int MaxMemberPageSize = 100;
    private const int MaxMemberChanges = 100;

    // Genesys's Terraform provider validates a member's ring number as 1–6 (bullseye routing has six rings).
    private const int MinRingNumber = 1;
    private const int MaxRingNumber = 6;
    private static readonly string[] MemberByValues = ["user", "group"];

    public static IEndpointRouteBuilder MapQueuesApi(this IEndpointRouteBuilder app)
    {
        var queues = app.MapGroup("/api/v2/routing/queues");
        queues.MapGet("", List);
        queues.MapGet("/{queueId}", Get);
        queues.MapGet("/{queueId}/members", Members);
        queues.MapPost("/{queueId}/members", ChangeMembers);
        queues.MapPatch("/{queueId}/members", UpdateMembers);
        queues.MapPatch("/{queueId}/members/{memberId}", UpdateMember);
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
        return TypedResults.Ok(Listings.Page(request, [.. queues], paging, q => Queue.From(org, q)));
    }

    private static IResult Get(string queueId, EmulatorState org) =>
        org.FindQueue(queueId) is { } queue ? TypedResults.Ok(Queue.From(org, queue)) : QueueNotFound(queueId);

    /// <summary>
    /// The newer listing (no total, pageCount or lastUri; nextUri while more members follow): individual
    /// members (<c>memberBy: user</c>) and people through a member group (<c>memberBy: group</c>).
    /// </summary>
    private static IResult Members(
        HttpRequest request, EmulatorState org, string queueId, int? pageSize, int? pageNumber, string? name, string? memberBy, bool? joined)
    {
        if (Paging.Validate(pageSize, pageNumber, MaxMemberPageSize, out var paging) is { } error)
            return error;
        if (memberBy is not null && !MemberByValues.Contains(memberBy, StringComparer.OrdinalIgnoreCase))
            return ApiError.BadRequest($"memberBy must be one of {string.Join(", ", MemberByValues)}.", "memberBy");
        if (org.QueueMembers(queueId) is not { } all)
            return QueueNotFound(queueId);
        IReadOnlyList<EmulatorQueueMember> members = memberBy is null && joined is null && string.IsNullOrEmpty(name)
            ? all
            : [.. all.Where(m => Matches(org, m, name, memberBy, joined))];
        var page = paging.Slice(members).Select(m => QueueMember.From(org, m)).ToList();
        return TypedResults.Ok(Listings.Cursor(request, paging, page, hasMore: (long)paging.Skip + page.Count < members.Count));
    }

    /// <summary><c>memberBy=group</c> also lists individual members who are in a member group as well.</summary>
    private static bool Matches(EmulatorState org, EmulatorQueueMember member, string? name, string? memberBy, bool? joined) =>
        (joined is null || member.Joined == joined)
        && (memberBy is null || (memberBy.Equals("user", StringComparison.OrdinalIgnoreCase) ? member.MemberBy == "user" : member.ViaGroup))
        && (string.IsNullOrEmpty(name) || org.FindUser(member.UserId)?.Name.Contains(name, StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>
    /// Adds or removes individual members. Removing someone who is a member only through a group changes
    /// nothing; adding them is refused with 400 (or ignored, see <see cref="EmulatorOptions.RefuseQueueAddOfGroupMember"/>).
    /// </summary>
    private static IResult ChangeMembers(EmulatorState org, EmulatorOptions options, string queueId, List<WritableEntity> body, bool? delete)
    {
        if (!org.QueueExists(queueId))
            return QueueNotFound(queueId);
        if (ValidateCount(body.Count) is { } countError)
            return countError;
        var ids = body.Select(e => e.Id ?? string.Empty).ToList();
        var unknown = ids.Where(id => org.FindUser(id) is null).ToList();
        if (unknown.Count > 0)
            return ApiError.BadRequest($"Unknown user ids: {string.Join(", ", unknown)}.", "id");
        if (delete == true)
        {
            org.RemoveQueueMembers(queueId, ids);
            return TypedResults.NoContent();
        }
        return org.AddQueueMembers(queueId, ids, options.RefuseQueueAddOfGroupMember) switch
        {
            null => QueueNotFound(queueId),
            { Count: > 0 } viaGroup when options.RefuseQueueAddOfGroupMember => ApiError.BadRequest(
                $"Already members of the queue through a member group, so they cannot be added as users: {string.Join(", ", viaGroup)}.", "id"),
            _ => TypedResults.NoContent(),
        };
    }

    /// <summary>Join or unjoin up to 100 members; processed asynchronously; non-members ignored.</summary>
    private static IResult UpdateMembers(HttpRequest request, EmulatorState org, string queueId, List<QueueMemberUpdate> body)
    {
        if (!org.QueueExists(queueId))
            return QueueNotFound(queueId);
        if (ValidateCount(body.Count) is { } countError)
            return countError;
        if (body.FirstOrDefault(m => string.IsNullOrEmpty(m.Id) || m.Joined is null) is { } invalid)
            return ApiError.BadRequest($"Each entry needs an id and joined; '{invalid.Id}' has {(invalid.Id is null ? "no id" : "no joined")}.", "joined");
        var scheduled = org.ScheduleQueueMemberUpdates(queueId, body.Select(m => (m.Id!, m.Joined, (int?)null)));
        if (scheduled is null)
            return QueueNotFound(queueId);
        var paging = new Paging(1, Math.Max(1, scheduled.Count));
        return TypedResults.Ok(Listings.Cursor(request, paging, [.. scheduled.Select(m => QueueMember.From(org, m))], hasMore: false));
    }

    /// <summary>
    /// The ring number (1–6) or the joined state of one member (one of them per call); 202, effective after the delay.
    /// A member only through a member group gets no ring number of their own (see <see cref="EmulatorOptions.RefuseRingNumberOfGroupMember"/>);
    /// a member added moments ago is still 404 (see <see cref="FaultOptions.NewQueueMemberNotFoundFor"/>).
    /// </summary>
    private static IResult UpdateMember(EmulatorState org, EmulatorOptions options, string queueId, string memberId, QueueMemberUpdate body)
    {
        if (org.QueueMembers(queueId) is not { } members)
            return QueueNotFound(queueId);
        if ((body.Joined is null) == (body.RingNumber is null))
            return ApiError.BadRequest("Give either ringNumber or joined, not both and not neither.", body.Joined is null ? "joined" : "ringNumber");
        if (body.RingNumber is < MinRingNumber or > MaxRingNumber)
            return ApiError.BadRequest($"ringNumber must be between {MinRingNumber} and {MaxRingNumber}; {body.RingNumber} was given.", "ringNumber");
        if (org.IsTooNewForMemberPatch(queueId, memberId))
            return NotAMember(queueId, memberId);
        if (body.RingNumber is not null && members.FirstOrDefault(m => m.UserId == memberId) is { MemberBy: "group" })
        {
            return options.RefuseRingNumberOfGroupMember
                ? ApiError.BadRequest($"User {memberId} is a member of queue {queueId} only through a member group; a ring number is set for individual members.", "ringNumber")
                : TypedResults.Accepted((string?)null);
        }

        var scheduled = org.ScheduleQueueMemberUpdates(queueId, [(memberId, body.Joined, body.RingNumber)]);
        return scheduled is [_]
            ? TypedResults.Accepted((string?)null)
            : NotAMember(queueId, memberId);
    }

    private static ApiError NotAMember(string queueId, string memberId) => ApiError.NotFound($"User {memberId} is not a member of queue {queueId}.");

    private static ApiError? ValidateCount(int count) =>
        count == 0 ? ApiError.BadRequest("The body must list at least one member.")
        : count > MaxMemberChanges ? ApiError.BadRequest($"At most {MaxMemberChanges} members may be changed per request; the body held {count}.")
        : null;

    private static ApiError QueueNotFound(string queueId) => ApiError.NotFound($"Queue {queueId} was not found.");
}
