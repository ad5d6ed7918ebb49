using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Emulator.Tests.SignIn;

public sealed class SignInTests : EmulatorTest
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    private DemoPerson Admin => Emulator.SignIn.People[0];

    private DemoPerson Supervisor => Emulator.SignIn.People[1];

    protected override EmulatorOptions Configure(EmulatorOptions options)
    {
        options.Time = _time;
        options.SignInRedirectUris = [SignInFlow.RedirectUri];
        return options;
    }

    [Fact]
    public async Task Authorize_ListsTheDemoPeopleWithRolesAndPasswords()
    {
        using var flow = new SignInFlow(Emulator);

        using var response = await flow.GetAuthorizeAsync(flow.AuthorizeParameters());
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Admin.Name, html, StringComparison.Ordinal);
        Assert.Contains("demo-admin", html, StringComparison.Ordinal);
        Assert.Contains("Supervisor (read only)", html, StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Authorize_UnregisteredRedirectUri_IsShownAsAnErrorAndNeverRedirected()
    {
        using var flow = new SignInFlow(Emulator);
        var parameters = flow.AuthorizeParameters();
        parameters["redirect_uri"] = "https://attacker.example/callback";

        using var response = await flow.GetAuthorizeAsync(parameters);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("is not registered", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_PlainPkceMethod_RedirectsBackWithAnErrorAndTheState()
    {
        using var flow = new SignInFlow(Emulator);
        var parameters = flow.AuthorizeParameters("s-9");
        parameters["code_challenge_method"] = "plain";

        using var response = await flow.GetAuthorizeAsync(parameters);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var query = QueryHelpers.ParseQuery(response.Headers.Location!.Query);
        Assert.Equal("invalid_request", query["error"]);
        Assert.Equal("s-9", query["state"]);
    }

    [Fact]
    public async Task SignIn_WrongPassword_StaysOnThePageWithoutACode()
    {
        using var flow = new SignInFlow(Emulator);

        using var response = await flow.SignInAsync(Admin, password: "guess");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("wrong", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CodeExchange_RightVerifier_GivesThePersonsTokenWithPermissionsOnUsersMe()
    {
        using var flow = new SignInFlow(Emulator);
        using var redirect = await flow.SignInAsync(Admin);
        var query = QueryHelpers.ParseQuery(redirect.Headers.Location!.Query);
        Assert.Equal("state-1", query["state"]);

        using var token = await flow.ExchangeAsync(query["code"].ToString());
        var body = await token.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("refresh_token").GetString()));

        var (api, _) = await flow.SignedInAsync(Admin);
        using (api)
        {
            var me = await api.GetFromJsonAsync<JsonElement>("/api/v2/users/me?expand=authorization");
            Assert.Equal(Admin.UserId, me.GetProperty("id").GetString());
            Assert.Contains("directory:*:*", me.GetProperty("authorization").GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
            var tokenInfo = await api.GetFromJsonAsync<JsonElement>("/api/v2/tokens/me");
            Assert.Equal(Emulator.SignIn.ClientId, tokenInfo.GetProperty("OAuthClient").GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task CodeExchange_CodeUsedTwice_IsRefusedTheSecondTime()
    {
        using var flow = new SignInFlow(Emulator);
        var code = await flow.CodeForAsync(Admin);

        using var first = await flow.ExchangeAsync(code);
        using var second = await flow.ExchangeAsync(code);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertInvalidGrantAsync(second, "already used");
    }

    [Fact]
    public async Task CodeExchange_WrongVerifierOrRedirectUri_IsRefusedAndTheCodeIsSpent()
    {
        using var flow = new SignInFlow(Emulator);

        using var wrongVerifier = await flow.ExchangeAsync(await flow.CodeForAsync(Admin), verifier: new string('x', 43));
        using var wrongRedirect = await flow.ExchangeAsync(await flow.CodeForAsync(Admin), redirectUri: "http://127.0.0.1:1/other");

        await AssertInvalidGrantAsync(wrongVerifier, "code_verifier");
        await AssertInvalidGrantAsync(wrongRedirect, "redirect_uri");
    }

    [Fact]
    public async Task CodeExchange_AfterTheCodeLifetime_IsRefused()
    {
        using var flow = new SignInFlow(Emulator);
        var code = await flow.CodeForAsync(Admin);

        _time.Advance(TimeSpan.FromSeconds(61));
        using var response = await flow.ExchangeAsync(code);

        await AssertInvalidGrantAsync(response, "expired");
    }

    [Fact]
    public async Task Refresh_GivesANewTokenAndRotatesTheRefreshToken()
    {
        using var flow = new SignInFlow(Emulator);
        var (api, refreshToken) = await flow.SignedInAsync(Admin);
        api.Dispose();

        using var refreshed = await flow.RefreshAsync(refreshToken);
        using var reused = await flow.RefreshAsync(refreshToken);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        await AssertInvalidGrantAsync(reused, "already used");
    }

    [Fact]
    public async Task ReadOnlySupervisor_CanReadButGetsMissingPermissionsOnAGroupChange()
    {
        using var flow = new SignInFlow(Emulator);
        var (api, _) = await flow.SignedInAsync(Supervisor);
        using (api)
        {
            var group = Org.Groups[0];
            using var read = await api.GetAsync("/api/v2/users?pageSize=5");
            using var change = await api.PostAsJsonAsync($"/api/v2/groups/{group.Id}/members",
                new { memberIds = new[] { Org.Users[5].Id }, version = Org.GetGroupVersion(group.Id) });
            var error = await change.Content.ReadFromJsonAsync<JsonElement>();

            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, change.StatusCode);
            Assert.Equal("missing.permissions", error.GetProperty("code").GetString());
            Assert.Contains("directory:group:edit", error.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain(Org.Users[5].Id, Org.GetGroupMemberIds(group.Id));
        }
    }

    [Fact]
    public async Task ReadOnlySupervisor_GetsMissingPermissionsOnARingNumberChange()
    {
        using var flow = new SignInFlow(Emulator);
        var (api, _) = await flow.SignedInAsync(Supervisor);
        using (api)
        {
            var queue = Org.Queues[0].Id;
            var member = Org.GetQueueMembers(queue).First(m => m.MemberBy == "user");
            using var change = await api.PatchAsJsonAsync($"/api/v2/routing/queues/{queue}/members/{member.UserId}", new { ringNumber = member.RingNumber % 6 + 1 });
            var error = await change.Content.ReadFromJsonAsync<JsonElement>();

            Assert.Equal(HttpStatusCode.Forbidden, change.StatusCode);
            Assert.Contains("routing:queueMember:manage", error.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Equal(member, Org.GetQueueMembers(queue).First(m => m.UserId == member.UserId && m.MemberBy == "user"));
        }
    }

    [Fact]
    public async Task UsersMe_ClientCredentialsToken_IsRefused()
    {
        using var response = await Api.GetAsync("/api/v2/users/me");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task AssertInvalidGrantAsync(HttpResponseMessage response, string reason)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
        Assert.Contains(reason, body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
    }
}
