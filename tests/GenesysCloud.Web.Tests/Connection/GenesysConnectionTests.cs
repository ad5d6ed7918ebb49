using GenesysCloud.Emulator;
using GenesysCloud.Utilities;

namespace GenesysCloud.Web.Tests.Connection;

public sealed class GenesysConnectionTests
{
    [Fact]
    public async Task Disconnect_DropsApiAndClearsAllUtilityState()
    {
        await using var emulator = await GenesysEmulator.StartAsync(new EmulatorOptions { Users = 20, Conversations = 0 });
        var state = new UtilityStateStore();
        using var connection = new GenesysConnection(state);
        var changes = 0;
        connection.Changed += (_, _) => changes++;
        var result = await connection.ConnectAsync(SandboxConfig(emulator), isSandbox: true, label: "Sandbox org");
        state.Set("group-manager", "filter", "sales");
        state.Set("other", "page", 3);

        connection.Disconnect("Idle for 30 minutes.");

        Assert.True(result.Success, result.Message);
        Assert.False(connection.IsConnected);
        Assert.Null(connection.Api);
        Assert.False(connection.IsSandbox);
        Assert.Equal(0, state.Count);
        Assert.Equal("Idle for 30 minutes.", connection.LastDisconnectReason);
        Assert.Equal(2, changes);
    }

    [Fact]
    public async Task ConnectAsync_Success_GivesAWorkingApi()
    {
        await using var emulator = await GenesysEmulator.StartAsync(new EmulatorOptions { Users = 20, Conversations = 0 });
        using var connection = new GenesysConnection(new UtilityStateStore());

        var result = await connection.ConnectAsync(SandboxConfig(emulator), isSandbox: true, label: "Sandbox org");
        var user = await connection.Api!.Users.GetAsync(emulator.State.Users[0].Id);

        Assert.True(result.Success, result.Message);
        Assert.True(connection.IsSandbox);
        Assert.Equal("Sandbox org", connection.OrgLabel);
        Assert.Equal(emulator.State.Users[0].Email, user.Data?.Email);
    }

    [Fact]
    public async Task ConnectAsync_Failure_KeepsTheExistingConnection()
    {
        await using var emulator = await GenesysEmulator.StartAsync(new EmulatorOptions { Users = 20, Conversations = 0 });
        using var connection = new GenesysConnection(new UtilityStateStore());
        await connection.ConnectAsync(SandboxConfig(emulator));
        var api = connection.Api;

        var result = await connection.ConnectAsync(SandboxConfig(emulator) with { ClientSecret = "s3cr3t-XYZ" });

        Assert.False(result.Success);
        Assert.DoesNotContain("s3cr3t-XYZ", result.Message);
        Assert.Same(api, connection.Api);
    }

    [Fact]
    public async Task ConnectAsync_WhileConnected_ReplacesTheApiAndClearsState()
    {
        await using var emulator = await GenesysEmulator.StartAsync(new EmulatorOptions { Users = 20, Conversations = 0 });
        var state = new UtilityStateStore();
        using var connection = new GenesysConnection(state);
        await connection.ConnectAsync(SandboxConfig(emulator), isSandbox: true);
        var first = connection.Api;
        state.Set("group-manager", "shell:group", "old org's group");

        var result = await connection.ConnectAsync(SandboxConfig(emulator), label: "second");

        Assert.True(result.Success, result.Message);
        Assert.NotSame(first, connection.Api);
        Assert.False(connection.IsSandbox);
        Assert.Equal("second", connection.OrgLabel);
        Assert.Equal(0, state.Count);
    }

    private static GenesysConfig SandboxConfig(GenesysEmulator emulator) =>
        new(emulator.ClientId, emulator.ClientSecret) { ApiBaseUrl = emulator.BaseUrl, AuthBaseUrl = emulator.BaseUrl };
}
