using System.Net;

namespace GenesysCloud.Emulator.Tests;

public sealed class RequestLogTests
{
    [Fact]
    public async Task Count_ByRouteTemplate_CountsEachEndpoint()
    {
        await using var emulator = await GenesysEmulator.StartAsync(SmallOrg.Options());
        using var api = await ApiClient.ConnectAsync(emulator);
        var group = emulator.State.Groups[0];
        var user = emulator.State.Users[0];

        (await api.GetAsync("/api/v2/groups")).Dispose();
        (await api.GetAsync($"/api/v2/groups/{group.Id}")).Dispose();
        (await api.GetAsync($"/api/v2/users/{user.Id}")).Dispose();
        (await api.GetAsync($"/api/v2/users/{emulator.State.Users[1].Id}")).Dispose();
        (await api.PostAsync($"/api/v2/groups/{group.Id}/members", new { memberIds = new[] { user.Id }, version = group.Version })).Dispose();

        Assert.Equal(2, emulator.Requests.Count("GET", "/api/v2/users/{userId}"));
        Assert.Equal(1, emulator.Requests.Count("POST", "/api/v2/groups/{groupId}/members"));
        Assert.Equal(1, emulator.Requests.Count("POST", "/oauth/token"));
        Assert.Equal(1, emulator.Requests.CountsByEndpoint()["GET /api/v2/groups/{groupId}"]);
        Assert.Equal(1, emulator.Requests.Count("GET", "/api/v2/groups"));
        Assert.Equal(6, emulator.Requests.Total);
        Assert.Equal(202, emulator.Requests.Entries[^1].StatusCode);
    }

    [Fact]
    public async Task Clear_EmptiesTheLog()
    {
        await using var emulator = await GenesysEmulator.StartAsync(SmallOrg.Options());
        using var api = await ApiClient.ConnectAsync(emulator);
        (await api.GetAsync("/api/v2/users")).Dispose();

        emulator.Requests.Clear();

        Assert.Equal(0, emulator.Requests.Total);
        Assert.Empty(emulator.Requests.CountsByEndpoint());
    }

    [Fact]
    public async Task UnknownRoute_IsLoggedByPathWithErrorBody()
    {
        await using var emulator = await GenesysEmulator.StartAsync(SmallOrg.Options());
        using var api = await ApiClient.ConnectAsync(emulator);

        using var response = await api.GetAsync("/api/v2/nothing/here");

        await response.AssertErrorAsync(HttpStatusCode.NotFound, "not.found");
        Assert.Equal(1, emulator.Requests.Count("GET", "/api/v2/nothing/here"));
    }
}
