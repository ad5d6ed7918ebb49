using System.Net;
using System.Net.Sockets;
using GenesysCloud.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Tests.Auth;

public sealed class GenesysAuthTests
{
    [Fact]
    public async Task AuthenticateAsync_ValidCredentials_StoresTokenWithExpiryFromExpiresIn()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.TokenLifetime = TimeSpan.FromHours(2));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var auth = new GenesysAuth(TestEmulator.Config(emulator), null, time);

        var (success, message) = await auth.AuthenticateAsync();

        Assert.True(success, message);
        Assert.True(auth.IsAuthenticated);
        Assert.NotNull(auth.Token);
        Assert.Equal(7200, auth.Token.ExpiresIn);
        Assert.Equal(time.GetUtcNow().AddHours(2), auth.Token.ExpiresAt);
        Assert.Equal($"Bearer {auth.AccessToken}", auth.GetHeaders()["Authorization"]);
        Assert.Equal("application/json", auth.GetHeaders()["Content-Type"]);
    }

    [Fact]
    public async Task IsAuthenticated_Within60SecondsOfExpiry_IsFalse()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.TokenLifetime = TimeSpan.FromMinutes(10));
        var time = new FakeTimeProvider();
        var auth = new GenesysAuth(TestEmulator.Config(emulator), null, time);
        await auth.AuthenticateAsync();

        time.Advance(TimeSpan.FromMinutes(8));
        Assert.True(auth.IsAuthenticated);
        time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.False(auth.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateAsync_WrongSecret_ReturnsFalseWithHelpfulMessageWithoutSecret()
    {
        await using var emulator = await TestEmulator.StartAsync();
        const string wrongSecret = "wrong-secret-3f9a";
        var config = new GenesysConfig(emulator.ClientId, wrongSecret) { AuthBaseUrl = emulator.BaseUrl, ApiBaseUrl = emulator.BaseUrl };
        var auth = new GenesysAuth(config);

        var (success, message) = await auth.AuthenticateAsync();

        Assert.False(success);
        Assert.Contains("(400, invalid_client", message, StringComparison.Ordinal); // the real login host's answer (FACTS §1)
        Assert.Contains("the client id or secret was not accepted", message, StringComparison.Ordinal);
        Assert.Contains("client id and secret", message, StringComparison.Ordinal);
        Assert.Contains($"at {config.AuthUrl}", message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongSecret, message, StringComparison.Ordinal);
        Assert.False(auth.IsAuthenticated);
        Assert.Null(auth.AccessToken);
    }

    [Fact]
    public async Task AuthenticateAsync_UnreachableHost_ReturnsFalseNamingHost()
    {
        var port = FreePort();
        var config = new GenesysConfig("id", "unreachable-secret") { AuthBaseUrl = new Uri($"http://127.0.0.1:{port}/") };
        var auth = new GenesysAuth(config);

        var (success, message) = await auth.AuthenticateAsync();

        Assert.False(success);
        Assert.Contains($"127.0.0.1:{port}", message, StringComparison.Ordinal);
        Assert.Contains("region", message, StringComparison.Ordinal);
        Assert.DoesNotContain("unreachable-secret", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateAsync_HostWithoutTokenEndpoint_ReturnsFalseSuggestingRegion()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var config = TestEmulator.Config(emulator) with { AuthBaseUrl = new Uri(emulator.BaseUrl, "not-a-login-host/") };
        var auth = new GenesysAuth(config);

        var (success, message) = await auth.AuthenticateAsync();

        Assert.False(success);
        Assert.Contains("region", message, StringComparison.Ordinal);
        Assert.DoesNotContain(emulator.ClientSecret, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshIfNeededAsync_ValidToken_DoesNotRequestAnother()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var auth = new GenesysAuth(TestEmulator.Config(emulator));

        Assert.True(await auth.RefreshIfNeededAsync());
        var first = auth.AccessToken;
        Assert.True(await auth.RefreshIfNeededAsync());

        Assert.Equal(first, auth.AccessToken);
        Assert.Equal(1, auth.TokenRequestCount);
    }

    [Fact]
    public async Task ApiCalls_TwentyConcurrentWithExpiredToken_RequestOneNewToken()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var time = new FakeTimeProvider();
        using var api = TestEmulator.Client(emulator, authTime: time);
        Assert.True((await api.Auth.AuthenticateAsync()).Success);
        var expired = api.Auth.AccessToken;
        time.Advance(TimeSpan.FromHours(24));
        Assert.False(api.Auth.IsAuthenticated);

        var userId = emulator.State.Users[0].Id;
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => api.Users.GetAsync(userId)));

        Assert.All(responses, r => Assert.True(r.Success, r.Error));
        Assert.Equal(2, api.Auth.TokenRequestCount);
        Assert.Equal(2, emulator.Requests.Count("POST", "/oauth/token"));
        Assert.NotEqual(expired, api.Auth.AccessToken);
    }

    [Fact]
    public async Task ApiCall_TokenRejectedWith401_ReauthenticatesOnceAndRetries()
    {
        var emulatorTime = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await TestEmulator.StartAsync(o =>
        {
            o.Time = emulatorTime;
            o.TokenLifetime = TimeSpan.FromHours(1);
        });
        using var api = TestEmulator.Client(emulator, authTime: new FakeTimeProvider());
        var userId = emulator.State.Users[0].Id;
        Assert.True((await api.Users.GetAsync(userId)).Success);
        emulatorTime.Advance(TimeSpan.FromHours(2));

        var response = await api.Users.GetAsync(userId);

        Assert.True(response.Success, response.Error);
        Assert.Equal(2, api.Auth.TokenRequestCount);
        Assert.Equal(1, emulator.Requests.Entries.Count(e => e.StatusCode == 401));
    }

    [Fact]
    public async Task ApiCall_BadCredentials_ReturnsFailedResponseWithoutThrowing()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var config = new GenesysConfig(emulator.ClientId, "bad-secret-771") { AuthBaseUrl = emulator.BaseUrl, ApiBaseUrl = emulator.BaseUrl };
        using var api = new GenesysCloudApi(new GenesysAuth(config), new GenesysApiOptions { RequestsPerMinute = 0 });

        var response = await api.GetAsync("/api/v2/users");

        Assert.False(response.Success);
        Assert.Equal(401, response.StatusCode);
        Assert.Equal("authentication.failed", response.ErrorCode);
        Assert.DoesNotContain("bad-secret-771", response.Error!, StringComparison.Ordinal);
        Assert.Equal(0, emulator.Requests.CountPath("GET", "/api/v2/users"));
    }

    [Fact]
    public void FromCredentials_BuildsConfigForRegion()
    {
        var auth = GenesysAuth.FromCredentials("id", "secret", "eu-west-2");

        Assert.Equal("https://login.euw2.pure.cloud", auth.Config.AuthUrl);
        Assert.False(auth.IsAuthenticated);
        Assert.False(auth.GetHeaders().ContainsKey("Authorization"));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
