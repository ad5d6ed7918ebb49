namespace GenesysCloud;

/// <summary>The largest page size each endpoint accepts (FACTS §8).</summary>
internal static class PageSizes
{
    public const int Users = 500;
    public const int Default = 100;

    /// <summary>Clamps <paramref name="requested"/> to 1..the endpoint's maximum.</summary>
    public static int Clamp(string endpoint, int requested)
    {
        var path = endpoint.Split('?', 2)[0].TrimEnd('/');
        var max = path.Equals("/api/v2/users", StringComparison.OrdinalIgnoreCase) ||
                  path.Equals("api/v2/users", StringComparison.OrdinalIgnoreCase)
            ? Users : Default;
        return Math.Clamp(requested, 1, max);
    }
}
