using GenesysCloud.Bulk.Csv;
using GenesysCloud.Utilities.GroupManager;

namespace GenesysCloud.Utilities.Tests.GroupManager;

public sealed class GroupMembershipServiceTests
{
    [Fact]
    public async Task PreviewAddAsync_MixedInput_MarksEveryRowAndChangesNothing()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var newcomer = org.NonMembers(group.Id)[0];
        var member = org.Members(group.Id)[0];
        var before = org.State.GetGroupMemberIds(group.Id);
        var input = PastedIdentifierParser.Parse(
            $"{newcomer.Email.ToUpperInvariant()}\n{newcomer.Email}\nnot-an-email\nghost@nowhere.example\n{member.Email}");

        var preview = await org.NewService().PreviewAddAsync(group, input);

        Assert.Equal(
            [PreviewStatus.WillAdd, PreviewStatus.Duplicate, PreviewStatus.Invalid, PreviewStatus.NotFound, PreviewStatus.AlreadyMember],
            preview.Rows.Select(r => r.Status));
        Assert.Equal([1, 2, 3, 4, 5], preview.Rows.Select(r => r.Row));
        Assert.Equal(newcomer.Id, preview.Rows[0].UserId);
        Assert.Equal("repeats line 1", preview.Rows[1].Note);
        Assert.True(preview.CanApply);
        Assert.Equal(before, org.State.GetGroupMemberIds(group.Id));
    }

    [Fact]
    public async Task ApplyAsync_ConfirmedPreview_EmulatorMembershipEqualsExpected()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var newcomers = org.NonMembers(group.Id).Take(120).ToArray();
        var before = org.State.GetGroupMemberIds(group.Id);
        var csv = "name,email\n" + string.Join('\n', newcomers.Select(u => $"{u.Name},{u.Email}"))
            + $"\nAlready,{org.Members(group.Id)[0].Email}\n";
        var service = org.NewService();
        var input = CsvIdentifierParser.Parse(System.Text.Encoding.UTF8.GetBytes(csv));
        var preview = await service.PreviewAddAsync(group, input);
        var reports = new List<MembershipProgress>();

        var result = await service.ApplyAsync(preview, new InlineProgress<MembershipProgress>(reports.Add));

        Assert.Equal(120, preview.Count(PreviewStatus.WillAdd));
        Assert.Equal(1, preview.Count(PreviewStatus.AlreadyMember));
        Assert.Equal(120, result.Applied);
        Assert.False(result.Cancelled);
        Assert.Equal(before.Union(newcomers.Select(u => u.Id)).ToHashSet(), org.State.GetGroupMemberIds(group.Id));
        Assert.Equal(120, reports[^1].Done);
        Assert.Equal(3, org.Emulator.Requests.Count("POST", "/api/v2/groups/{groupId}/members"));
    }

    [Fact]
    public async Task ApplyAsync_CancelledAfterFirstBatch_ReportsExactlyWhatWasApplied()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var newcomers = org.NonMembers(group.Id).Take(120).ToArray();
        var before = org.State.GetGroupMemberIds(group.Id);
        var service = org.NewService();
        var preview = await service.PreviewAddAsync(group, PastedIdentifierParser.Parse(string.Join(',', newcomers.Select(u => u.Email))));
        using var cts = new CancellationTokenSource();
        var progress = new InlineProgress<MembershipProgress>(p =>
        {
            if (p.Done > 0)
                cts.Cancel();
        });

        var result = await service.ApplyAsync(preview, progress, cts.Token);

        Assert.True(result.Cancelled);
        Assert.Equal(50, result.Applied);
        Assert.Equal(70, result.NotApplied);
        var applied = result.Rows.Where(r => r.Outcome == ApplyOutcome.Applied).Select(r => r.Row.UserId!);
        Assert.Equal(before.Union(applied).ToHashSet(), org.State.GetGroupMemberIds(group.Id));
    }

    [Fact]
    public async Task PreviewRemoveAsync_ThenApply_RemovesOnlyTheSelectedMembers()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var service = org.NewService();
        var members = await service.GetMembersAsync(group.Id);
        var selected = members.Take(2).Append(new User { Id = org.NonMembers(group.Id)[0].Id, Email = "x@y.com" }).ToArray();
        var before = org.State.GetGroupMemberIds(group.Id);

        var preview = await service.PreviewRemoveAsync(group, selected);
        var result = await service.ApplyAsync(preview);

        Assert.Equal([PreviewStatus.WillRemove, PreviewStatus.WillRemove, PreviewStatus.NotMember], preview.Rows.Select(r => r.Status));
        Assert.Equal(2, result.Applied);
        Assert.Equal(before.Except(members.Take(2).Select(m => m.Id)).ToHashSet(), org.State.GetGroupMemberIds(group.Id));
    }

    [Fact]
    public async Task PreviewAddAsync_FormulaCell_BlocksApplyAndChangesNothing()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var service = org.NewService();
        var before = org.State.GetGroupMemberIds(group.Id);
        var input = CsvIdentifierParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            $"email\n{org.NonMembers(group.Id)[0].Email}\n\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\n"));

        var preview = await service.PreviewAddAsync(group, input);

        Assert.False(preview.CanApply);
        Assert.NotNull(preview.BlockedReason);
        await Assert.ThrowsAsync<InvalidOperationException>(() => service.ApplyAsync(preview));
        Assert.Equal(before, org.State.GetGroupMemberIds(group.Id));
    }

    [Fact]
    public async Task PreviewAddUsersAsync_PickedUsers_MarksMembersAndNewcomers()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var service = org.NewService();
        var found = await service.SearchUsersAsync(org.NonMembers(group.Id)[0].Name);
        var member = (await service.GetMembersAsync(group.Id))[0];

        var preview = await service.PreviewAddUsersAsync(group, [found[0], member, member]);

        Assert.Equal([PreviewStatus.WillAdd, PreviewStatus.AlreadyMember], preview.Rows.Select(r => r.Status));
    }
}
