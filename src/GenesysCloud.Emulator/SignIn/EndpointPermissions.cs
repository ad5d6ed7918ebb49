namespace GenesysCloud.Emulator.SignIn;

/// <summary>
/// The permission a person's token needs per endpoint the utilities use (any one of a list). Client-credentials
/// tokens act with their client's role and are not checked. Reads of groups need no permission.
/// </summary>
internal static class EndpointPermissions
{
    private static readonly Dictionary<string, string[]> Required = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GET /api/v2/users"] = ["directory:user:view"],
        ["GET /api/v2/users/{userId}"] = ["directory:user:view"],
        ["POST /api/v2/users/search"] = ["directory:user:view"],
        ["GET /api/v2/users/search"] = ["directory:user:view"],
        ["POST /api/v2/groups/{groupId}/members"] = ["directory:group:edit"],
        ["DELETE /api/v2/groups/{groupId}/members"] = ["directory:group:edit"],
        ["GET /api/v2/routing/queues"] = ["routing:queue:view"],
        ["GET /api/v2/routing/queues/{queueId}"] = ["routing:queue:view"],
        ["GET /api/v2/routing/queues/{queueId}/members"] = ["routing:queue:view"],
        ["POST /api/v2/routing/queues/{queueId}/members"] = ["routing:queue:edit", "routing:queueMember:manage"],
        ["PATCH /api/v2/routing/queues/{queueId}/members"] = ["routing:queue:edit", "routing:queueMember:manage"],
        ["PATCH /api/v2/routing/queues/{queueId}/members/{memberId}"] = ["routing:queue:edit", "routing:queueMember:manage"],
        ["GET /api/v2/routing/skills"] = ["routing:skill:view"],
        ["GET /api/v2/users/{userId}/routingskills"] = ["routing:skill:view"],
        ["POST /api/v2/users/{userId}/routingskills"] = ["routing:skill:assign"],
        ["PUT /api/v2/users/{userId}/routingskills/{skillId}"] = ["routing:skill:assign"],
        ["DELETE /api/v2/users/{userId}/routingskills/{skillId}"] = ["routing:skill:assign"],
        ["PATCH /api/v2/users/{userId}/routingskills/bulk"] = ["routing:skill:assign"],
        ["PATCH /api/v2/users/{userId}/routinglanguages/bulk"] = ["routing:skill:assign", "routing:language:assign"],
        ["DELETE /api/v2/users/{userId}/routinglanguages/{languageId}"] = ["routing:skill:assign", "routing:language:assign"],
        ["GET /api/v2/conversations/{conversationId}"] = ["conversation:communication:view"],
        ["POST /api/v2/conversations/{conversationId}/disconnect"] = ["conversation:communication:disconnect"],
        ["GET /api/v2/analytics/conversations/{conversationId}/details"] = ["analytics:conversationDetail:view"],
        ["POST /api/v2/analytics/conversations/details/query"] = ["analytics:conversationDetail:view"],
    };

    /// <summary>The permissions of which one is needed for <paramref name="method"/> on the route <paramref name="pattern"/>; empty when none.</summary>
    public static IReadOnlyList<string> For(string method, string? pattern) =>
        pattern is not null && Required.TryGetValue($"{method} {pattern.TrimEnd('/')}", out var permissions) ? permissions : [];
}
