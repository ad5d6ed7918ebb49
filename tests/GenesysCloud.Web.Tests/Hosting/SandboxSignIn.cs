using System.Net;
using System.Text.RegularExpressions;

namespace GenesysCloud.Web.Tests.Hosting;

/// <summary>Signs an HttpClient (cookies on, redirects followed) in to the sandbox as a demo person, as the browser would.</summary>
public static partial class SandboxSignIn
{
    public const string Admin = "Admin";
    public const string Supervisor = "Supervisor (read only)";

    /// <summary>Opens <paramref name="path"/>, which sends an anonymous client to the sandbox's sign-in page, and signs in as <paramref name="role"/>.</summary>
    /// <returns>The page the app sends the person back to.</returns>
    public static async Task<string> SignInAsync(HttpClient client, string role = Admin, string path = "/")
    {
        using var page = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK && html.Contains("Sign in to the demo org", StringComparison.Ordinal),
            $"Expected the sandbox sign-in page, got {(int)page.StatusCode} at {page.RequestMessage?.RequestUri}");
        var form = FormFor(html, role);
        using var signedIn = await client.PostAsync(page.RequestMessage!.RequestUri, new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        return await signedIn.Content.ReadAsStringAsync();
    }

    private static Dictionary<string, string> FormFor(string html, string role)
    {
        foreach (Match form in FormPattern().Matches(html))
        {
            if (form.Value.Contains($"data-role=\"{WebUtility.HtmlEncode(role)}\"", StringComparison.Ordinal))
            {
                return InputPattern().Matches(form.Value).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
            }
        }

        throw new InvalidOperationException($"No sign-in button for the role '{role}'.");
    }

    [GeneratedRegex("<form .*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex InputPattern();
}
