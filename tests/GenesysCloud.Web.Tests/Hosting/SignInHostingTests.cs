using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace GenesysCloud.Web.Tests.Hosting;

public sealed class SignInHostingTests(SandboxAppFactory factory) : IClassFixture<SandboxAppFactory>
{
    [Fact]
    public async Task Anonymous_IsSentToSignInWithPkceAndState()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/u/group-manager", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = new Uri(new Uri("http://localhost"), response.Headers.Location!);
        Assert.Equal("/sandbox-login/oauth/authorize", location.AbsolutePath);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.False(string.IsNullOrEmpty(query["state"]));
        Assert.EndsWith("/signin-genesys", query["redirect_uri"].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_AsTheDemoAdmin_ServesTheShellAndNoSecretOrToken()
    {
        using var client = factory.CreateClient();

        var html = await SandboxSignIn.SignInAsync(client);

        Assert.Contains("<title>Genesys Cloud Utilities</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("emulator-signin-client-secret", html, StringComparison.Ordinal);
        Assert.DoesNotContain("emulator-client-secret", html, StringComparison.Ordinal);
        Assert.DoesNotContain("access_token", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_DropsTheSignIn_SoTheNextPageAsksToSignInAgain()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });
        await SandboxSignIn.SignInAsync(client);

        using var signOut = await client.PostAsync(new Uri("/signout", UriKind.Relative), null);
        var signedOut = await signOut.Content.ReadAsStringAsync();
        using var next = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("You are signed out", signedOut, StringComparison.Ordinal);
        Assert.Contains("Sign in to the demo org", await next.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_FromAForeignOrigin_IsRefused()
    {
        using var client = factory.CreateClient();
        await SandboxSignIn.SignInAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/signout", UriKind.Relative));
        request.Headers.Add("Origin", "https://attacker.example");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Genesys Cloud Utilities", await client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForeignHost_Is400()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/healthz", UriKind.Relative));
        request.Headers.Host = "rebound.attacker.example";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("https://attacker.example", HttpStatusCode.Forbidden)]
    [InlineData("http://localhost", HttpStatusCode.OK)]
    public async Task Hub_ForeignOrigin_IsRefused(string origin, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();
        await SandboxSignIn.SignInAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/_blazor/negotiate?negotiateVersion=1", UriKind.Relative));
        request.Headers.Add("Origin", origin);

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task EveryPage_SendsTheSecurityHeaders()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
