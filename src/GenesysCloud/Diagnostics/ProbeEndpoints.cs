using GenesysCloud.Http;

namespace GenesysCloud.Diagnostics;

/// <summary>The endpoints the probes call, keyed as the engine uses them; ids appear as <c>{…Id}</c>.</summary>
internal static class ProbeEndpoints
{
    public const string TokensMe = "GET /api/v2/tokens/me";
    public const string UsersMe = "GET /api/v2/users/me";
    public const string OAuthClient = "GET /api/v2/oauth/clients/{clientId}";
    public const string Role = "GET /api/v2/authorization/roles/{roleId}";
    public const string Users = "GET /api/v2/users";
    public const string Groups = "GET /api/v2/groups";
    public const string Group = "GET /api/v2/groups/{groupId}";
    public const string GroupIndividuals = "GET /api/v2/groups/{groupId}/individuals";
    public const string GroupMembers = "GET /api/v2/groups/{groupId}/members";
    public const string Queues = "GET /api/v2/routing/queues";
    public const string QueueMembers = "GET /api/v2/routing/queues/{queueId}/members";
    public const string Skills = "GET /api/v2/routing/skills";
    public const string UserSkills = "GET /api/v2/users/{userId}/routingskills";
    public const string UserLanguages = "GET /api/v2/users/{userId}/routinglanguages";
    public const string UserSearch = "POST /api/v2/users/search";
    public const string AnalyticsQuery = "POST /api/v2/analytics/conversations/details/query";

    /// <summary>The read endpoints the bulk engine and the utilities call, whose allowances the rate-limit probes report.</summary>
    public static readonly IReadOnlyList<string> UsedByEngine =
    [
        Users, Group, GroupIndividuals, GroupMembers, Queues, QueueMembers, Skills, UserSkills, UserLanguages, UserSearch, AnalyticsQuery,
    ];

    /// <summary>The path of <paramref name="endpoint"/> with its one id placeholder (if any) filled in.</summary>
    public static string Path(string endpoint, string? id = null)
    {
        var path = endpoint[(endpoint.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        var open = path.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
            return path;
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var close = path.IndexOf('}', open);
        return string.Concat(path.AsSpan(0, open), PathSegment.Escape(id), path.AsSpan(close + 1));
    }
}
