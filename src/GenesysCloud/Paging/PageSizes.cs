namespace GenesysCloud;

/// <summary>The largest page size each endpoint accepts (FACTS §3, §6, §8); lists are read at these sizes.</summary>
internal static class PageSizes
{
    /// <summary><c>/users</c>, <c>/groups</c>, <c>/routing/queues</c>, <c>/routing/skills</c>: Genesys's provider reads 500.</summary>
    public const int Lists = 500;

    /// <summary><c>/users/{id}/routingskills</c> and <c>/users/{id}/routinglanguages</c>: Genesys's provider reads 50.</summary>
    public const int UserSkills = 50;

    /// <summary>Everything else (members, search, analytics): 100.</summary>
    public const int Default = 100;

    private static readonly HashSet<string> ListEndpoints = new(StringComparer.OrdinalIgnoreCase)
    {
        "/api/v2/users", "/api/v2/groups", "/api/v2/routing/queues", "/api/v2/routing/skills",
    };

    /// <summary>The endpoint's maximum page size.</summary>
    public static int Max(string endpoint)
    {
        var template = Http.EndpointTemplate.From(endpoint.Split('?', 2)[0]);
        if (ListEndpoints.Contains(template))
            return Lists;
        return template.EndsWith("/routingskills", StringComparison.OrdinalIgnoreCase)
            || template.EndsWith("/routinglanguages", StringComparison.OrdinalIgnoreCase) ? UserSkills : Default;
    }

    /// <summary>Clamps <paramref name="requested"/> to 1..the endpoint's maximum.</summary>
    public static int Clamp(string endpoint, int requested) => Math.Clamp(requested, 1, Max(endpoint));
}
