namespace GenesysCloud;

/// <summary>The Genesys Cloud regions and their host domains.</summary>
public static class Regions
{
    /// <summary>Every known region, us-east-1 first.</summary>
    public static IReadOnlyList<Region> All { get; } =
    [
        new("us-east-1", "mypurecloud.com"),
        new("us-east-2", "use2.us-gov-pure.cloud"),
        new("us-west-2", "usw2.pure.cloud"),
        new("ca-central-1", "cac1.pure.cloud"),
        new("sa-east-1", "sae1.pure.cloud"),
        new("mx-central-1", "mxc1.pure.cloud"),
        new("eu-west-1", "mypurecloud.ie"),
        new("eu-west-2", "euw2.pure.cloud"),
        new("eu-central-1", "mypurecloud.de"),
        new("eu-central-2", "euc2.pure.cloud"),
        new("eusc-de-east-1", "edee1.eusc-pure.cloud"),
        new("me-central-1", "mec1.pure.cloud"),
        new("ap-south-1", "aps1.pure.cloud"),
        new("ap-southeast-1", "apse1.pure.cloud"),
        new("ap-southeast-2", "mypurecloud.com.au"),
        new("ap-northeast-1", "mypurecloud.jp"),
        new("ap-northeast-2", "apne2.pure.cloud"),
        new("ap-northeast-3", "apne3.pure.cloud"),
    ];

    /// <summary>The region domains, us-east-1 (<c>mypurecloud.com</c>) first.</summary>
    public static IReadOnlyList<string> GetRegions() => All.Select(r => r.Domain).ToArray();

    /// <summary>Finds a region by code or domain, case-insensitive; null when unknown.</summary>
    public static Region? Find(string codeOrDomain)
    {
        if (string.IsNullOrWhiteSpace(codeOrDomain))
            return null;
        var key = codeOrDomain.Trim();
        return All.FirstOrDefault(r =>
            string.Equals(r.Code, key, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(r.Domain, key, StringComparison.OrdinalIgnoreCase));
    }
}
