using GenesysCloud.Cli.Tests.Support;

namespace GenesysCloud.Cli.Tests.Commands;

[Collection(EmulatorCollection.Name)]
public sealed class QueueAndSkillCommandTests(EmulatorFixture fixture)
{
    [Fact]
    public async Task QueuesAddMembers_ByName_AddsTheUsers()
    {
        var emulator = fixture.Emulator;
        var queue = emulator.State.Queues.OrderBy(q => q.Id, StringComparer.Ordinal).First();
        var members = emulator.State.GetQueueMemberIds(queue.Id);
        var newcomers = emulator.State.Users.Where(u => !members.Contains(u.Id)).Take(3).ToList();

        var run = await fixture.RunAsync(
            fixture.NewJournalPath(), "queues", "add-members", "--queue", queue.Name, "--emails", OrgPicks.Emails(newcomers));

        run.ShouldExitWith(ExitCodes.Done);
        var after = emulator.State.GetQueueMemberIds(queue.Id);
        Assert.All(newcomers, u => Assert.Contains(u.Id, after));
    }

    [Fact]
    public async Task SkillsAssign_WithProficiency_SetsTheSkillForEachUser()
    {
        var emulator = fixture.Emulator;
        var skill = emulator.State.Skills[0];
        var users = emulator.State.Users.Skip(50).Take(3).ToList();

        var run = await fixture.RunAsync(
            fixture.NewJournalPath(), "skills", "assign", "--skill", skill.Name, "--proficiency", "3", "--emails", OrgPicks.Emails(users));

        run.ShouldExitWith(ExitCodes.Done);
        Assert.All(users, u => Assert.Equal(3, emulator.State.GetUserSkills(u.Id)[skill.Id]));
    }

    [Fact]
    public async Task QueuesRemoveMembers_ById_RemovesOnlyThoseUsers()
    {
        var emulator = fixture.Emulator;
        var queue = emulator.State.Queues.OrderBy(q => q.Id, StringComparer.Ordinal).ElementAt(1);
        var before = emulator.State.GetQueueMemberIds(queue.Id);
        var leavers = emulator.State.Users.Where(u => before.Contains(u.Id)).Take(2).ToList();

        var run = await fixture.RunAsync(
            fixture.NewJournalPath(), "queues", "remove-members", "--queue", queue.Id, "--emails", OrgPicks.Emails(leavers));

        run.ShouldExitWith(ExitCodes.Done);
        var expected = before.Except(leavers.Select(u => u.Id)).ToHashSet();
        Assert.True(expected.SetEquals(emulator.State.GetQueueMemberIds(queue.Id)));
    }

    [Fact]
    public async Task SkillsRemove_AfterAssign_LeavesUsersWithoutTheSkill()
    {
        var emulator = fixture.Emulator;
        var skill = emulator.State.Skills[1];
        var users = emulator.State.Users.Skip(80).Take(2).ToList();
        var journal = fixture.NewJournalPath();
        (await fixture.RunAsync(journal, "skills", "assign", "--skill", skill.Id, "-p", "4.5", "--emails", OrgPicks.Emails(users)))
            .ShouldExitWith(ExitCodes.Done);

        var run = await fixture.RunAsync(journal, "skills", "remove", "--skill", skill.Id, "--emails", OrgPicks.Emails(users));

        run.ShouldExitWith(ExitCodes.Done);
        Assert.All(users, u => Assert.False(emulator.State.GetUserSkills(u.Id).ContainsKey(skill.Id)));
    }
}
