using System.Net;

namespace GenesysCloud;

/// <summary>
/// The hosts the SDK sends credentials and tokens to: a region's <c>api.</c>/<c>login.</c> host over HTTPS
/// (the domains of <see cref="Regions"/>), or a loopback address (the emulator). Anything else is refused,
/// so a typed or planted URL can never receive a client secret or a token.
/// </summary>
public static class GenesysHosts
{
    /// <summary>True for <c>localhost</c>, 127.0.0.0/8 and ::1.</summary>
    public static bool IsLoopback(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsLoopback || (IPAddress.TryParse(url.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
    }

    /// <summary>The region domain of a Genesys Cloud host <c>{prefix}.{domain}</c>, or null.</summary>
    public static string? RegionDomainOf(Uri url, string prefix)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = url.DnsSafeHost;
        return host.StartsWith(prefix + ".", StringComparison.OrdinalIgnoreCase)
            && Regions.Find(host[(prefix.Length + 1)..]) is { } region
            ? region.Domain
            : null;
    }

    /// <summary>Returns <paramref name="url"/> when it is an allowed API host; throws otherwise.</summary>
    /// <exception cref="ArgumentException">Not absolute http(s), or neither <c>https://api.&lt;region domain&gt;</c> nor loopback.</exception>
    public static Uri? RequireApiUrl(Uri? url, string field = "ApiBaseUrl") => Require(url, "api", field);

    /// <summary>Returns <paramref name="url"/> when it is an allowed login host; throws otherwise.</summary>
    /// <exception cref="ArgumentException">Not absolute http(s), or neither <c>https://login.&lt;region domain&gt;</c> nor loopback.</exception>
    public static Uri? RequireAuthUrl(Uri? url, string field = "AuthBaseUrl") => Require(url, "login", field);

    /// <summary>Parses and checks a configured API URL; null for an empty value.</summary>
    /// <exception cref="ArgumentException">The value is not an allowed API URL (the message says which hosts are).</exception>
    public static Uri? ParseApiUrl(string? value, string field) => RequireApiUrl(Parse(value, field), field);

    /// <summary>Parses and checks a configured login URL; null for an empty value.</summary>
    /// <exception cref="ArgumentException">The value is not an allowed login URL.</exception>
    public static Uri? ParseAuthUrl(string? value, string field) => RequireAuthUrl(Parse(value, field), field);

    /// <summary>The login host that belongs to an allowed API URL: <c>login.&lt;domain&gt;</c>, or the same loopback URL.</summary>
    public static Uri LoginUrlFor(Uri apiUrl)
    {
        ArgumentNullException.ThrowIfNull(RequireApiUrl(apiUrl));
        return RegionDomainOf(apiUrl, "api") is { } domain ? new Uri($"https://login.{domain}/") : apiUrl;
    }

    /// <summary>Why <paramref name="value"/> cannot be used as an API URL, for a form field; null when it can (or is empty).</summary>
    public static string? ApiUrlProblem(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null
        : !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) ? NotHttp(value.Trim(), field)
        : Problem(uri, "api", field);

    private static Uri? Parse(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null
        : Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) ? uri
        : throw new ArgumentException(NotHttp(value.Trim(), field), field);

    private static Uri? Require(Uri? url, string prefix, string field) =>
        url is null || Problem(url, prefix, field) is not { } problem ? url : throw new ArgumentException(problem, field);

    private static string NotHttp(string value, string field) => $"{field} '{value}' is not an absolute http(s) URL.";

    private static string? Problem(Uri url, string prefix, string field)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            return NotHttp(url.OriginalString, field);
        if (IsLoopback(url) || (url.Scheme == Uri.UriSchemeHttps && RegionDomainOf(url, prefix) is not null))
            return null;
        return $"{field} '{url.GetLeftPart(UriPartial.Authority)}' is not a Genesys Cloud host: use https://{prefix}.<region domain> " +
            $"(e.g. https://{prefix}.mypurecloud.ie) or a loopback address such as http://127.0.0.1:5080 for the emulator. " +
            "Credentials and tokens are never sent anywhere else.";
    }
}
