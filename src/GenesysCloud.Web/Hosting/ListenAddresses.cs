using System.Net;

namespace GenesysCloud.Web.Hosting;

/// <summary>
/// The addresses the app will listen on, read from configuration before Kestrel starts (<c>--urls</c>,
/// <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP(S)_PORTS</c>, <c>Kestrel:Endpoints</c>), and whether all are loopback.
/// </summary>
public static class ListenAddresses
{
    /// <summary>Kestrel's own default when nothing is configured.</summary>
    public const string Default = "http://localhost:5000";

    /// <summary>The configured URLs; ports alone (<c>HTTP_PORTS=8080</c>) listen on every interface.</summary>
    public static IReadOnlyList<string> From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var urls = new List<string>();
        urls.AddRange(Split(configuration["urls"]));
        urls.AddRange(Split(configuration["http_ports"]).Select(port => $"http://*:{port}"));
        urls.AddRange(Split(configuration["https_ports"]).Select(port => $"https://*:{port}"));
        urls.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>());
        return urls.Count == 0 ? [Default] : urls;
    }

    /// <summary>True when every address is loopback (localhost, 127.0.0.0/8, ::1); <c>*</c>, <c>+</c>, 0.0.0.0 and names are not.</summary>
    public static bool AreLoopbackOnly(IEnumerable<string> urls) => urls.All(IsLoopback);

    /// <summary>True for a loopback listening URL.</summary>
    public static bool IsLoopback(string url)
    {
        var host = HostOf(url);
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }

    private static string HostOf(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        rest = rest.Split('/')[0];
        if (rest.StartsWith('['))
            return rest[..(rest.IndexOf(']', StringComparison.Ordinal) + 1)];
        var colon = rest.LastIndexOf(':');
        return colon < 0 ? rest : rest[..colon];
    }

    private static IEnumerable<string> Split(string? value) =>
        (value ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
