namespace GenesysCloud.Emulator.Tests;

public sealed class SeedTests
{
    [Fact]
    public async Task StartAsync_SameOptions_SeedsTheSameOrg()
    {
        await using var first = await GenesysEmulator.StartAsync(SmallOrg.Options());
        await using var second = await GenesysEmulator.StartAsync(SmallOrg.Options());

        Assert.Equal(first.State.Users, second.State.Users);
        Assert.Equal(first.State.Groups.Select(g => (g.Id, g.Name, g.Version, g.MemberCount)), second.State.Groups.Select(g => (g.Id, g.Name, g.Version, g.MemberCount)));
        Assert.Equal(first.State.Queues.Select(q => q.Id), second.State.Queues.Select(q => q.Id));
        Assert.Equal(first.State.Skills, second.State.Skills);
        Assert.Equal(first.State.Conversations.Select(c => c.Id), second.State.Conversations.Select(c => c.Id));
        var group = first.State.Groups[0].Id;
        Assert.Equal(first.State.GetGroupMemberIds(group).Order(), second.State.GetGroupMemberIds(group).Order());
    }

    [Fact]
    public async Task StartAsync_OtherSeed_SeedsAnotherOrg()
    {
        var options = SmallOrg.Options();
        options.Seed = 99;
        await using var first = await GenesysEmulator.StartAsync(SmallOrg.Options());
        await using var second = await GenesysEmulator.StartAsync(options);

        Assert.NotEqual(first.State.Users[0].Id, second.State.Users[0].Id);
    }

    [Fact]
    public async Task StartAsync_Defaults_SeedTheIssueSizes()
    {
        await using var emulator = await GenesysEmulator.StartAsync();

        Assert.Equal(500, emulator.State.Users.Count);
        Assert.Equal(40, emulator.State.Groups.Count);
        Assert.Equal(25, emulator.State.Queues.Count);
        Assert.Equal(30, emulator.State.Skills.Count);
        Assert.Equal(12, emulator.State.Languages.Count);
        Assert.Equal(20, emulator.State.WrapupCodes.Count);
        Assert.Equal(2000, emulator.State.Conversations.Count);
        Assert.Contains(emulator.State.Conversations, c => c.IsEnded);
        Assert.Contains(emulator.State.Conversations, c => !c.IsEnded);
        Assert.Contains(emulator.State.Groups, g => g.Type == "social");
        Assert.Contains(emulator.State.Groups, g => g.Type == "official" && g.MemberCount > 0);
    }

    [Fact]
    public async Task StartAsync_HundredThousandUsers_SeedsUniqueEmails()
    {
        await using var emulator = await GenesysEmulator.StartAsync(new EmulatorOptions { Users = 100_000 });

        Assert.Equal(100_000, emulator.State.Users.Select(u => u.Email).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
