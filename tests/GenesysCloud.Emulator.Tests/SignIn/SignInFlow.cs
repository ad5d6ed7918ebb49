using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace GenesysCloud.Emulator.Tests.SignIn;

/// <summary>Walks the authorization-code flow with PKCE as a browser and a web app would, over plain HTTP.</summary>
internal sealed class SignInFlow(GenesysEmulator emulator) : IDisposable
{
    public const string RedirectUri = "http://127.0.0.1:1/signin-genesys";

    public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = emulator.BaseUrl };

    public string Verifier { get; } = Base64Url(RandomNumberGenerator.GetBytes(32));

    public string Challenge => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)));

    public Dictionary<string, string?> AuthorizeParameters(string state = "state-1") => new()
    {
        ["response_type"] = "code", ["client_id"] = emulator.SignIn.ClientId, ["redirect_uri"] = RedirectUri,
        ["state"] = state, ["code_challenge"] = Challenge, ["code_challenge_method"] = "S256",
    };

    public Task<HttpResponseMessage> GetAuthorizeAsync(Dictionary<string, string?> parameters) =>
        Http.GetAsync(QueryHelpers.AddQueryString("/oauth/authorize", parameters));

    /// <summary>Posts the sign-in form for <paramref name="person"/> and returns the redirect.</summary>
    public Task<HttpResponseMessage> SignInAsync(DemoPerson person, string? password = null, Dictionary<string, string?>? parameters = null)
    {
        var form = (parameters ?? AuthorizeParameters()).Select(p => new KeyValuePair<string, string>(p.Key, p.Value ?? ""))
            .Append(new("user_id", person.UserId)).Append(new("password", password ?? person.Password));
        return Http.PostAsync("/oauth/authorize", new FormUrlEncodedContent(form));
    }

    /// <summary>Signs in and returns the code from the redirect.</summary>
    public async Task<string> CodeForAsync(DemoPerson person)
    {
        using var response = await SignInAsync(person);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return QueryHelpers.ParseQuery(response.Headers.Location!.Query)["code"].ToString();
    }

    public Task<HttpResponseMessage> ExchangeAsync(string code, string? verifier = null, string redirectUri = RedirectUri) =>
        TokenAsync([new("grant_type", "authorization_code"), new("code", code), new("redirect_uri", redirectUri), new("code_verifier", verifier ?? Verifier)]);

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        TokenAsync([new("grant_type", "refresh_token"), new("refresh_token", refreshToken)]);

    /// <summary>Signs <paramref name="person"/> in and returns an API client with their token, and the refresh token.</summary>
    public async Task<(HttpClient Api, string RefreshToken)> SignedInAsync(DemoPerson person)
    {
        using var response = await ExchangeAsync(await CodeForAsync(person));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var api = new HttpClient { BaseAddress = emulator.BaseUrl };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("access_token").GetString());
        return (api, body.GetProperty("refresh_token").GetString()!);
    }

    public void Dispose() => Http.Dispose();

    private async Task<HttpResponseMessage> TokenAsync(KeyValuePair<string, string>[] form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/oauth/token") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{emulator.SignIn.ClientId}:{emulator.SignIn.ClientSecret}")));
        return await Http.SendAsync(request);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
