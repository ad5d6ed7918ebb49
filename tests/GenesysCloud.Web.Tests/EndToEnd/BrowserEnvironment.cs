namespace GenesysCloud.Web.Tests.EndToEnd;

/// <summary>Where the browser tests find Chromium, and whether they may skip without it.</summary>
public static class BrowserEnvironment
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool ChromiumAvailable => File.Exists(ChromiumPath);

    /// <summary>CI sets <c>E2E_REQUIRED=1</c>: then a missing browser fails the tests instead of skipping them.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("E2E_REQUIRED") == "1";

    public static string? SkipReason =>
        ChromiumAvailable || Required
            ? null
            : $"Browser tests skipped: Chromium not found at {ChromiumPath}. Install it with `apt-get install -y chromium`; set E2E_REQUIRED=1 to fail instead of skipping.";
}
