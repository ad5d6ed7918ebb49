using GenesysCloud.Bulk.Tests.Support;

namespace GenesysCloud.Bulk.Tests.Hardness;

/// <summary>Owners and people by rule show in a group's /members but are not individual members: previews and reports say so.</summary>
public sealed class GroupMembershipTruthTests
{
    [Fact]
    public async Task PlanAsync_AddOwnerAndRuleMember_AreRealAddsWithNotes()
    {
        await using var org = await TestOrg.StartAsync();
        var (group, owner, ruleMember, member) = ArrangeGroup(org);

        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group, [owner, ruleMember, member]));

        Assert.Equal([BulkItemAction.WillChange, BulkItemAction.WillChange, BulkItemAction.AlreadyDone], plan.Items.Select(i => i.Action));
        Assert.Equal("owner, not a member — will be added as a member", plan.Items[0].Note);
        Assert.Equal("member by rule, not an individual member — will be added as one", plan.Items[1].Note);
        Assert.Equal("already a member", plan.Items[2].Note);

        var result = await org.Engine.ApplyAsync(plan);
        var undone = await org.Engine.ApplyAsync(await org.Engine.PlanUndoAsync(result.Job.Id));

        Assert.Equal(2, result.Applied);
        Assert.Equal(2, undone.Applied);
        Assert.Equal(new HashSet<string> { member }, org.State.GetGroupMemberIds(group).ToHashSet());
        Assert.Contains(owner, org.State.GetGroupOwnerIds(group)); // undo took back the membership it added, not the ownership
        Assert.Contains(ruleMember, org.State.GetGroupRuleMemberIds(group));
    }

    [Fact]
    public async Task ApplyAsync_RemoveOwnerAndRuleMember_SendsNothingForThemAndSaysWhy()
    {
        await using var org = await TestOrg.StartAsync();
        var (group, owner, ruleMember, member) = ArrangeGroup(org);

        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.RemoveFromGroup, group, [owner, ruleMember, member]));
        var result = await org.Engine.ApplyAsync(plan);

        Assert.Equal([BulkItemAction.CannotChangeHere, BulkItemAction.CannotChangeHere, BulkItemAction.WillChange], plan.Items.Select(i => i.Action));
        Assert.Equal("owner, not a member — cannot be removed here", plan.Items[0].Note);
        Assert.StartsWith("member by rule — cannot be removed here", plan.Items[1].Note, StringComparison.Ordinal);
        Assert.Equal([BulkItemStatus.Skipped, BulkItemStatus.Skipped, BulkItemStatus.Applied], result.Items.Select(i => i.Status));
        Assert.Equal(1, result.Applied);
        Assert.Equal(1, org.Calls("DELETE", TestOrg.GroupMembersRoute)); // one DELETE, carrying only the individual member
        Assert.DoesNotContain(member, org.State.GetGroupReachIds(group));
        Assert.Contains(owner, org.State.GetGroupReachIds(group));
        Assert.Contains(ruleMember, org.State.GetGroupReachIds(group));
    }

    private static (string Group, string Owner, string RuleMember, string Member) ArrangeGroup(TestOrg org)
    {
        var users = org.State.Users;
        var group = org.EmptyGroup();
        org.State.SetGroupOwners(group, [users[0].Id]);
        org.State.SetGroupRuleMembers(group, [users[1].Id]);
        org.State.AddGroupMembers(group, [users[2].Id]);
        return (group, users[0].Id, users[1].Id, users[2].Id);
    }
}
