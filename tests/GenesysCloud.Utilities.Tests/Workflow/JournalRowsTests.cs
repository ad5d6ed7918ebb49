using GenesysCloud.Bulk;
using GenesysCloud.Utilities.SkillsManager;
using GenesysCloud.Utilities.Workflow;

namespace GenesysCloud.Utilities.Tests.Workflow;

/// <summary>A journaled job whose rows stood for several items (a copy: person × skill or language) reads one row per person again.</summary>
public sealed class JournalRowsTests
{
    private static readonly Func<IReadOnlyList<BulkPlanItem>, string> Gives = changes => $"gives {changes.Count}";

    // Line 1: a@x (1 applied, 1 already so, 1 failed); line 2: b@x (1 applied, 1 not sent); line 3: not found;
    // line 4: c@x (in flight when the run stopped); then two people picked from search (no line), each fully applied.
    private static readonly BulkJobItem[] Copy =
    [
        Item(0, "a@x.com", 1, "ua", "S1", BulkItemAction.WillChange, BulkItemStatus.Applied, "skill 'S1': given at 3"),
        Item(1, "a@x.com", 1, "ua", "S2", BulkItemAction.AlreadyDone, BulkItemStatus.Skipped, "skill 'S2': 2 → 2"),
        Item(2, "a@x.com", 1, "ua", "L", BulkItemAction.WillChange, BulkItemStatus.Failed, "language 'L': removed (was 4)") with
        {
            Error = "404 not.found: no such language",
            WasPresent = true,
            Proficiency = null,
        },
        Item(3, "b@x.com", 2, "ub", "S1", BulkItemAction.WillChange, BulkItemStatus.Applied, "skill 'S1': 1 → 3") with { WasPresent = true, Proficiency = 3 },
        Item(4, "b@x.com", 2, "ub", "L", BulkItemAction.WillChange, BulkItemStatus.Pending, "language 'L': given at 5"),
        Item(5, "ghost@x.com", 3, null, null, BulkItemAction.NotFound, BulkItemStatus.Skipped, "no active user matches"),
        Item(6, "c@x.com", 4, "uc", "S1", BulkItemAction.WillChange, BulkItemStatus.InFlight, "skill 'S1': given at 3"),
        Item(7, "d@x.com", null, "ud", "S1", BulkItemAction.WillChange, BulkItemStatus.Applied, "skill 'S1': given at 3"),
        Item(8, "e@x.com", null, "ue", "S1", BulkItemAction.WillChange, BulkItemStatus.Applied, "skill 'S1': given at 3"),
    ];

    [Fact]
    public void FromJournal_CopyJob_OneRowPerPersonWithTheirLineAndTheirItemsOutcome()
    {
        var rows = WorkRows.FromJournal(Copy, Gives);

        Assert.Equal([1, 2, 3, 4, null, null], rows.Select(r => r.Line));
        Assert.Equal(["a@x.com", "b@x.com", "ghost@x.com", "c@x.com", "d@x.com", "e@x.com"], rows.Select(r => r.Input));
        Assert.Equal([RowState.Failed, RowState.NotApplied, RowState.NotFound, RowState.Unknown, RowState.Applied, RowState.Applied], rows.Select(r => r.State));
        Assert.Equal([0, 1, 2], rows[0].PlanItems);
        Assert.Equal((0, 3, 7), (rows[0].PlanIndex, rows[1].PlanIndex, rows[4].PlanIndex));
        Assert.Equal("language 'L': removed (was 4): 404 not.found: no such language", rows[0].Error);
        Assert.StartsWith("1 of 2 changes applied, 1 failed; gives 2; 1 already so: skill 'S1': given at 3 · language 'L'", rows[0].Note, StringComparison.Ordinal);
        Assert.StartsWith("1 of 2 changes applied; 1 not sent: resume the job to send them; gives 2", rows[1].Note, StringComparison.Ordinal);
        Assert.Equal("no active user matches", rows[2].Note);
        Assert.StartsWith("0 of 1 change applied; 1 being sent when the run stopped", rows[3].Note, StringComparison.Ordinal);
        Assert.Equal("gives 1: skill 'S1': given at 3", rows[4].Note);
    }

    [Fact]
    public void FromJournal_CopyJobWithTheOrgsSkillsAndLanguages_SaysWhatEachPersonGetsAsThePreviewDid()
    {
        var summary = RoutingCopyChange.SummaryOf([new RoutingItem(RoutingKind.Skill, "S1", "S1"), new RoutingItem(RoutingKind.Skill, "S2", "S2"),
            new RoutingItem(RoutingKind.Language, "L", "L")]);

        var rows = WorkRows.FromJournal(Copy, summary);

        Assert.Contains("gives 1 skill, removes 1 language; 1 already so: ", rows[0].Note, StringComparison.Ordinal);
        Assert.Contains("; gives 1 language, changes 1 skill: ", rows[1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJournal_CopyJobWithoutASummary_CountsEachPersonsChanges()
    {
        var rows = WorkRows.FromJournal(Copy);

        Assert.Contains("; 2 changes; 1 already so: ", rows[0].Note, StringComparison.Ordinal);
        Assert.Equal(6, rows.Count);
    }

    [Fact]
    public void FromJournal_EveryItemFoundDoneOnResume_ThePersonIsAlreadySo()
    {
        var rows = WorkRows.FromJournal([
            Item(0, "a@x.com", 1, "ua", "S1", BulkItemAction.WillChange, BulkItemStatus.Skipped, "skill 'S1': given at 3"),
            Item(1, "a@x.com", 1, "ua", "S2", BulkItemAction.WillChange, BulkItemStatus.Skipped, "skill 'S2': given at 1"),
        ], Gives);

        Assert.Equal(RowState.AlreadyDone, Assert.Single(rows).State);
    }

    [Fact]
    public void FromJournal_JobOfOneItemPerRow_KeepsEveryItemAsItsOwnRowEvenWhenTheyNameTheSameUser()
    {
        // A group job journaled before lines were kept: the same identifier twice, no skill or language per item.
        var rows = WorkRows.FromJournal([
            Item(0, "a@x.com", null, "ua", null, BulkItemAction.WillChange, BulkItemStatus.Applied, null),
            Item(1, "a@x.com", null, "ua", null, BulkItemAction.Duplicate, BulkItemStatus.Skipped, "same user as input 1"),
        ], Gives);

        Assert.Equal([RowState.Applied, RowState.Duplicate], rows.Select(r => r.State));
        Assert.All(rows, r => Assert.Null(r.PlanItems));
    }

    private static BulkJobItem Item(int index, string identifier, int? line, string? userId, string? targetId, BulkItemAction action,
        BulkItemStatus status, string? note) =>
        new("job-1", index, identifier, userId, action, status) { Line = line, TargetId = targetId, Note = note, UserName = userId, Proficiency = 3 };
}
