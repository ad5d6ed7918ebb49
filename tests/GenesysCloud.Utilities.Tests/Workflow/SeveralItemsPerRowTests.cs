using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Csv;
using GenesysCloud.Utilities.Workflow;

namespace GenesysCloud.Utilities.Tests.Workflow;

/// <summary>A plan with several items per input row (a copy: one per person × skill) previews and reports one row per person.</summary>
public sealed class SeveralItemsPerRowTests
{
    private static readonly Func<IReadOnlyList<BulkPlanItem>, string> Gives = changes => $"gives {changes.Count}";

    // Lines 1–5: a@x (2 changes, 1 already so), b@x (all already so), ghost@x (not found), alias@x (the same user as a@x: duplicate), c@x (1 change).
    private static readonly WorkInput Input = WorkInput.From("pasted text",
        PastedIdentifierParser.Parse("a@x.com\nb@x.com\nghost@x.com\nalias@x.com\nc@x.com"));

    private static readonly BulkPlan Plan = new()
    {
        JobId = "job-1",
        Request = new BulkRequest(BulkOperation.CopyRouting, "source", []),
        TargetName = "Source",
        Items =
        [
            Item(0, "a@x.com", 1, "ua", BulkItemAction.WillChange, "skill 'S1': given at 3"),
            Item(1, "a@x.com", 1, "ua", BulkItemAction.AlreadyDone, "skill 'S2': 2 → 2"),
            Item(2, "a@x.com", 1, "ua", BulkItemAction.WillChange, "language 'L': removed (was 4)"),
            Item(3, "b@x.com", 2, "ub", BulkItemAction.AlreadyDone, "skill 'S1': 3 → 3"),
            Item(4, "b@x.com", 2, "ub", BulkItemAction.AlreadyDone, "skill 'S2': 2 → 2"),
            Item(5, "ghost@x.com", 3, null, BulkItemAction.NotFound, null),
            Item(6, "alias@x.com", 4, "ua", BulkItemAction.Duplicate, null),
            Item(7, "c@x.com", 5, "uc", BulkItemAction.WillChange, "skill 'S1': 1 → 3"),
        ],
    };

    [Fact]
    public void Planned_SeveralItemsPerPerson_OneRowPerInputLineSummingItsItems()
    {
        var rows = WorkRows.Planned(Input, Plan, Gives);

        Assert.Equal([1, 2, 3, 4, 5], rows.Select(r => r.Line));
        Assert.Equal([RowState.WillChange, RowState.AlreadyDone, RowState.NotFound, RowState.Duplicate, RowState.WillChange], rows.Select(r => r.State));
        Assert.Equal("gives 2; 1 already so: skill 'S1': given at 3 · language 'L': removed (was 4)", rows[0].Note);
        Assert.Equal("all 2 already so: skill 'S1': 3 → 3 · skill 'S2': 2 → 2", rows[1].Note);
        Assert.Equal("same user as line 1", rows[3].Note);
        Assert.Equal([0, 1, 2], rows[0].PlanItems);
        Assert.Equal(("ua", 7), (rows[0].UserId, rows[4].PlanIndex));
        Assert.Null(rows[2].PlanItems);
    }

    [Fact]
    public void Preview_SeveralItemsPerPerson_CountsPeopleAndItemsApart()
    {
        var preview = new WorkPreview(new BulkChange("tests", "Copy", "source", ids => Plan.Request), Input.Source, WorkRows.Planned(Input, Plan, Gives), Plan);

        Assert.Equal((2, 3), (preview.ChangeCount, preview.ItemChangeCount));
        Assert.Equal(1, preview.Count(RowState.AlreadyDone));
    }

    [Fact]
    public void Planned_PlanWithMoreItemsThanRowsAndNoSummary_GroupsAndCountsTheChanges()
    {
        var rows = WorkRows.Planned(Input, Plan);

        Assert.StartsWith("2 changes; 1 already so: ", rows[0].Note, StringComparison.Ordinal);
        Assert.StartsWith("1 change: ", rows[4].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Planned_ItemOfNoInputRow_Throws()
    {
        var stray = Plan with { Items = [.. Plan.Items, Item(8, "d@x.com", 6, "ud", BulkItemAction.WillChange, null)] };

        var error = Assert.Throws<InvalidOperationException>(() => WorkRows.Planned(Input, stray, Gives));

        Assert.Contains("1 items that belong to no input row", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithResult_OneOfAPersonsItemsFailed_ThePersonFailedWithThatItemsReason()
    {
        var rows = WorkRows.Planned(Input, Plan, Gives);

        var result = WorkRows.WithResult(rows, Journaled(
            (0, BulkItemStatus.Applied, null), (2, BulkItemStatus.Failed, "404 not.found: no language"), (7, BulkItemStatus.Applied, null)));

        Assert.Equal(RowState.Failed, result[0].State);
        Assert.Equal("language 'L': removed (was 4): 404 not.found: no language", result[0].Error);
        Assert.StartsWith("1 of 2 changes applied, 1 failed; gives 2", result[0].Note, StringComparison.Ordinal);
        Assert.Equal(RowState.Applied, result[4].State);
        Assert.Equal(rows[4].Note, result[4].Note);
        Assert.Equal(rows[1], result[1]);
    }

    [Theory]
    [InlineData(BulkItemStatus.InFlight, RowState.Unknown)]
    [InlineData(BulkItemStatus.Pending, RowState.NotApplied)]
    [InlineData(BulkItemStatus.Applied, RowState.Applied)]
    [InlineData(BulkItemStatus.Skipped, RowState.Applied)]
    public void WithResult_SecondItemOfAPerson_DecidesThePersonsState(BulkItemStatus second, RowState expected)
    {
        var rows = WorkRows.Planned(Input, Plan, Gives);

        var result = WorkRows.WithResult(rows, Journaled((0, BulkItemStatus.Applied, null), (2, second, null)));

        Assert.Equal(expected, result[0].State);
    }

    [Fact]
    public void WithResult_EveryItemFoundDoneOnResume_ThePersonIsAlreadySo()
    {
        var rows = WorkRows.Planned(Input, Plan, Gives);

        var result = WorkRows.WithResult(rows, Journaled((0, BulkItemStatus.Skipped, null), (2, BulkItemStatus.Skipped, null)));

        Assert.Equal(RowState.AlreadyDone, result[0].State);
    }

    private static BulkPlanItem Item(int index, string identifier, int line, string? userId, BulkItemAction action, string? note) =>
        new(index, identifier, userId, action) { Line = line, Note = note, UserName = userId };

    private static BulkJobItem[] Journaled(params (int Index, BulkItemStatus Status, string? Error)[] outcomes) =>
        [.. Plan.Items.Select(i =>
        {
            var outcome = outcomes.FirstOrDefault(o => o.Index == i.Index);
            var status = i.Action != BulkItemAction.WillChange ? BulkItemStatus.Skipped
                : outcomes.Any(o => o.Index == i.Index) ? outcome.Status : BulkItemStatus.Pending;
            return new BulkJobItem("job-1", i.Index, i.Identifier, i.UserId, i.Action, status) { Line = i.Line, Note = i.Note, Error = outcome.Error };
        })];
}
