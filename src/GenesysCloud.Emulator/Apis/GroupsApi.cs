using GenesysCloud.Emulator.Hosting;
using GenesysCloud.Emulator.Model;
using GenesysCloud.Emulator.Org;
using GenesysCloud.Emulator.Search;
using GenesysCloud.Emulator.Wire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace GenesysCloud.Emulator.Apis;

internal static class GroupsApi
{
    private const int MaxPageSize = 500;
    private const int MaxMemberPageSize = 100;
    private const int MaxMemberIds = 50;

    private static readonly SearchFields<EmulatorGroup> Fields = new(
        new Dictionary<string, Func<EmulatorGroup, string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["id"] = g => g.Id,
            ["name"] = g => g.Name,
            ["description"] = g => g.Description,
            ["type"] = g => g.Type,
            ["visibility"] = g => g.Visibility,
            ["state"] = g => g.State,
        },
        ["name", "description"]);

    public static IEndpointRouteBuilder MapGroupsApi(this IEndpointRouteBuilder app)
    {
        var groups = app.MapGroup("/api/v2/groups");
        groups.MapGet("", List);
        groups.MapGet("/{groupId}", Get);
        groups.MapSearch(Fields, (org, _) => org.VisibleGroups(), Group.From, "groups");
        groups.MapGet("/{groupId}/members", (HttpRequest request, EmulatorState org, string groupId, int? pageSize, int? pageNumber) =>
            Members(request, org, groupId, pageSize, pageNumber, individualsOnly: false));
        groups.MapGet("/{groupId}/individuals", (HttpRequest request, EmulatorState org, string groupId, int? pageSize, int? pageNumber) =>
            Members(request, org, groupId, pageSize, pageNumber, individualsOnly: true));
        groups.MapPost("/{groupId}/members", AddMembers);
        groups.MapDelete("/{groupId}/members", RemoveMembers);
        return app;
    }

    private static IResult List(
        HttpRequest request, EmulatorState org, int? pageSize, int? pageNumber, string? sortOrder,
        [FromQuery(Name = "id")] string[]? ids)
    {
        if (Paging.Validate(pageSize, pageNumber, MaxPageSize, out var paging) is { } error)
            return error;
        IEnumerable<EmulatorGroup> groups = org.VisibleGroups().OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase);
        if (QueryValues.Split(ids) is { Count: > 0 } wanted)
            groups = groups.Where(g => wanted.Contains(g.Id));
        if (QueryValues.IsDescending(sortOrder))
            groups = groups.Reverse();
        return TypedResults.Ok(Listings.Page(request, [.. groups], paging, g => Group.From(org, g)));
    }

    /// <summary>The group as reads show it: its version may lag behind the last write.</summary>
    private static IResult Get(string groupId, EmulatorState org) =>
        org.FindVisibleGroup(groupId) is { } group ? TypedResults.Ok(Group.From(org, group)) : GroupNotFound(groupId);

    /// <summary><c>/members</c> lists individuals, owners and rule members; <c>/individuals</c> individual members only.</summary>
    private static IResult Members(HttpRequest request, EmulatorState org, string groupId, int? pageSize, int? pageNumber, bool individualsOnly)
    {
        if (Paging.Validate(pageSize, pageNumber, MaxMemberPageSize, out var paging) is { } error)
            return error;
        if (org.GroupMemberPage(groupId, individualsOnly, paging.Skip, paging.PageSize) is not var (ids, total))
            return GroupNotFound(groupId);
        var users = ids.Select(org.FindUser).OfType<EmulatorUser>().Select(u => User.From(u, org.Division)).ToList();
        return TypedResults.Ok(Listings.Create(request, paging, total, users));
    }

    /// <summary>202 only with the group's true current version; the write bumps it at once.</summary>
    private static IResult AddMembers(EmulatorState org, ExternalGroupEdits edits, string groupId, GroupMembersUpdate body)
    {
        if (!org.GroupExists(groupId))
            return GroupNotFound(groupId);
        if (ValidateIds(org, body.MemberIds, "memberIds") is { } idsError)
            return idsError;
        if (body.Version is not { } version)
            return ApiError.BadRequest("version is required and must be the group's current version.", "version");
        return org.TryAddGroupMembers(groupId, body.MemberIds!, version) switch
        {
            MemberChange.Applied => Written(edits, groupId),
            MemberChange.VersionMismatch => ApiError.VersionConflict(),
            _ => GroupNotFound(groupId),
        };
    }

    /// <summary>202 even for ids that are not individual members (owners, rule members): they stay.</summary>
    private static IResult RemoveMembers(
        EmulatorState org, ExternalGroupEdits edits, InjectedConflicts conflicts, string groupId, [FromQuery(Name = "ids")] string[]? ids)
    {
        var memberIds = QueryValues.Split(ids);
        if (!org.GroupExists(groupId))
            return GroupNotFound(groupId);
        if (ValidateIds(org, memberIds, "ids") is { } idsError)
            return idsError;
        if (conflicts.Next() is { } conflict)
            return conflict;
        return org.TryRemoveGroupMembers(groupId, memberIds) == MemberChange.Applied ? Written(edits, groupId) : GroupNotFound(groupId);
    }

    private static Accepted<Empty> Written(ExternalGroupEdits edits, string groupId)
    {
        edits.AfterWrite(groupId);
        return Accepted();
    }

    private static ApiError? ValidateIds(EmulatorState org, IReadOnlyList<string>? ids, string field)
    {
        if (ids is not { Count: > 0 })
            return ApiError.BadRequest($"{field} is required.", field);
        if (ids.Count > MaxMemberIds)
            return ApiError.BadRequest($"{field} may hold at most {MaxMemberIds} ids per request; it held {ids.Count}.", field);
        var unknown = ids.Where(id => org.FindUser(id) is null).ToList();
        return unknown.Count > 0 ? ApiError.BadRequest($"Unknown user ids: {string.Join(", ", unknown)}.", field) : null;
    }

    private static Accepted<Empty> Accepted() => TypedResults.Accepted((string?)null, new Empty());

    private static ApiError GroupNotFound(string groupId) => ApiError.NotFound($"Group {groupId} was not found.");
}
