using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GenesysCloud.Emulator.Tests.Apis;

public sealed class OAuthApiTests
{
    [Fact]
    public async Task Token_ValidCredentials_ReturnsBearerWithConfiguredLifetime()
    {
        var options = SmallOrg.Options();
        options.TokenLifetime = TimeSpan.FromMinutes(10);
        await using var emulator = await GenesysEmulator.StartAsync(options);
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };

        using var response = await ApiClient.RequestTokenAsync(http, emulator.ClientId, emulator.ClientSecret);

        var body = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(600, body.GetProperty("expires_in").GetInt64());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("access_token").GetString()));
    }

    [Fact]
    public async Task Token_WrongSecret_Returns400InvalidClientAuthenticationFailed()
    {
        await using var emulator = await GenesysEmulator.StartAsync(SmallOrg.Options());
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };

        using var response = await ApiClient.RequestTokenAsync(http, emulator.ClientId, "wrong");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
        Assert.Equal("authentication failed", body.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Token_UnknownClientId_Returns400InvalidClientNotFound()
    {
        await using var emulator = await GenesysEmulator.StartAsync(SmallOrg.Options());
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };

        using var response = await ApiClient.RequestTokenAsync(http, "someone-else", emulator.ClientSecret);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
        Assert.Equal("client not found", body.GetProperty("description").GetString());
    }

    [Fact]
    public async Task ApiCall_WithoutToken_Returns401AuthenticationRequired()
    {
        await using var emulator = await GenesysEmulator.StartAsync(SmallOrg.Options());
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };

        using var response = await http.GetAsync("/api/v2/users");

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "authentication.required");
    }
}
