using GenesysCloud.Bulk.Tests.Support;

namespace GenesysCloud.Bulk.Tests;

/// <summary>Copying one person's skills and languages to others as one job.</summary>
public sealed class RoutingCopyJobTests
{
    private const string SkillsBulk = "/api/v2/users/{userId}/routingskills/bulk";
    private const string LanguagesBulk = "/api/v2/users/{userId}/routinglanguages/bulk";

    [Fact]
    public async Task ApplyAsync_CopyToManyPeople_OneJobAboutOnePatchPerPersonAndKindAndEveryoneEndsLikeTheSource()
    {
        await using var org = await TestOrg.StartAsync(users: 100);
        var (source, others) = Source(org, people: 30);
        org.Requests.Clear();

        var plan = await org.Engine.PlanAsync(Copy(source, others, identical: false));
        var result = await org.Engine.ApplyAsync(plan);

        Assert.Equal(BulkJobStatus.Completed, result.Job.Status);
        Assert.Single(await org.Engine.ListJobsAsync());
        Assert.True(plan.ChangeCount > 30, $"{plan.ChangeCount} items: one per person and skill or language");
        var patches = org.Calls("PATCH", SkillsBulk) + org.Calls("PATCH", LanguagesBulk);
        var batches = (plan.ChangeCount + 49) / 50;
        Assert.InRange(patches, plan.EstimatedApplyCalls, plan.EstimatedApplyCalls + batches - 1); // a person split over two batches costs one more
        Assert.All(others, o => Assert.True(Holds(org, o, source), $"{o} does not hold what the source holds"));
    }

    [Fact]
    public async Task ApplyAsync_Identical_RemovesWhatTheSourceLacksAndUndoRestoresEveryoneExactly()
    {
        await using var org = await TestOrg.StartAsync(users: 60);
        var (source, others) = Source(org, people: 4);
        org.State.SetUserSkill(others[0], org.State.Skills[4].Id, 1);
        org.State.SetUserLanguage(others[1], org.State.Languages[1].Id, 2);
        var before = others.Select(o => Holdings(org, o)).ToList();

        var plan = await org.Engine.PlanAsync(Copy(source, others, identical: true));
        var result = await org.Engine.ApplyAsync(plan);
        var journaled = await org.Engine.Journal.GetItemsAsync(plan.JobId);
        var after = others.Select(o => Holdings(org, o)).ToList();
        var undo = await org.Engine.PlanUndoAsync(result.Job.Id);
        await org.Engine.ApplyAsync(undo);

        Assert.Equal(BulkJobStatus.Completed, result.Job.Status);
        Assert.Contains(plan.Items, i => i.TargetId == org.State.Skills[4].Id && i.Proficiency is null && i.ProficiencyBefore == 1);
        Assert.Equal(plan.Items.Select(i => i.TargetId), journaled.Select(i => i.TargetId));
        Assert.All(after, h => Assert.Equal(Holdings(org, source), h));
        Assert.Equal(BulkOperation.CopyRouting, undo.Request.Operation);
        Assert.Equal(before, others.Select(o => Holdings(org, o)).ToList());
    }

    [Fact]
    public async Task ResumeAsync_CopyCancelledAfterTheFirstBatch_FinishesWithoutSendingAnyoneTwice()
    {
        await using var org = await TestOrg.StartAsync(users: 100);
        var (source, others) = Source(org, people: 40);
        var plan = await org.Engine.PlanAsync(Copy(source, others, identical: false));
        using var cts = new CancellationTokenSource();
        var engine = org.NewEngine(engine: new BulkEngineOptions { MaxConcurrency = 1 });
        org.Requests.Clear();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            engine.ApplyAsync(plan, new SyncProgress(p => { if (p.Done >= 50) cts.Cancel(); }), cts.Token));
        var stopped = await org.Engine.Journal.GetJobAsync(plan.JobId);
        var result = await org.NewEngine().ResumeAsync(plan.JobId);
        var patches = PatchedPeople(org);

        Assert.Equal(BulkJobStatus.Cancelled, stopped!.Status);
        Assert.InRange(stopped.AppliedCount, 50, plan.ChangeCount - 1);
        Assert.Equal(BulkJobStatus.Completed, result.Job.Status);
        Assert.All(others, o => Assert.True(Holds(org, o, source)));
        Assert.All(result.Items.Where(i => i.Action == BulkItemAction.WillChange), i => Assert.Equal(BulkItemStatus.Applied, i.Status));
        // Every person and kind patched; twice only where a batch boundary split a person's items.
        Assert.Equal(plan.EstimatedApplyCalls, patches.Distinct().Count());
        Assert.InRange(patches.GroupBy(p => p).Count(g => g.Count() > 1), 0, (plan.ChangeCount + 49) / 50 - 1);
    }

    [Fact]
    public async Task PlanAsync_SourceAmongThePeople_IsReportedNotChanged()
    {
        await using var org = await TestOrg.StartAsync(users: 30);
        var (source, others) = Source(org, people: 1);

        var plan = await org.Engine.PlanAsync(Copy(source, [source, others[0], "nobody@nowhere.example"], identical: false));

        var self = Assert.Single(plan.Items, i => i.UserId == source);
        Assert.Equal((BulkItemAction.NotApplicable, "the person copied from"), (self.Action, self.Note));
        Assert.Equal(BulkItemAction.NotFound, plan.Items[^1].Action);
        Assert.Equal(Enumerable.Range(0, plan.Items.Count), plan.Items.Select(i => i.Index));
    }

    [Fact]
    public async Task PlanAsync_UnknownSource_SaysTheUserWasNotFound()
    {
        await using var org = await TestOrg.StartAsync(users: 10);

        await Assert.ThrowsAsync<BulkTargetNotFoundException>(() =>
            org.Engine.PlanAsync(Copy(Guid.NewGuid().ToString(), [org.State.Users[0].Email], identical: false)));
    }

    /// <summary>A source who is no agent (no seeded skills or languages) given two skills and one language, and people to copy to.</summary>
    private static (string Source, IReadOnlyList<string> Others) Source(TestOrg org, int people)
    {
        var source = org.State.Users.First(u => u.State == "active" && org.State.GetUserSkills(u.Id).Count == 0 && org.State.GetUserLanguages(u.Id).Count == 0).Id;
        org.State.SetUserSkill(source, org.State.Skills[0].Id, 4);
        org.State.SetUserSkill(source, org.State.Skills[1].Id, 2.5);
        org.State.SetUserLanguage(source, org.State.Languages[0].Id, 3);
        return (source, [.. org.State.Users.Where(u => u.State == "active" && u.Id != source).Take(people).Select(u => u.Id)]);
    }

    private static BulkRequest Copy(string source, IEnumerable<string> others, bool identical) =>
        new(BulkOperation.CopyRouting, source, [.. others]) { Copy = new RoutingCopyOptions(Identical: identical), RequestedBy = "tests" };

    /// <summary>True when <paramref name="userId"/> holds every skill and language of <paramref name="source"/> at its level.</summary>
    private static bool Holds(TestOrg org, string userId, string source) =>
        org.State.GetUserSkills(source).All(s => org.State.GetUserSkills(userId).GetValueOrDefault(s.Key, -1) == s.Value)
        && org.State.GetUserLanguages(source).All(l => org.State.GetUserLanguages(userId).GetValueOrDefault(l.Key, -1) == l.Value);

    private static string Holdings(TestOrg org, string userId) =>
        string.Join(", ", org.State.GetUserSkills(userId).Concat(org.State.GetUserLanguages(userId)).OrderBy(h => h.Key, StringComparer.Ordinal)
            .Select(h => $"{h.Key}={h.Value}"));

    /// <summary>The path (user and kind) of every bulk PATCH so far.</summary>
    private static List<string> PatchedPeople(TestOrg org) =>
        [.. org.Requests.Entries.Where(e => e.Method == "PATCH" && e.RouteTemplate is SkillsBulk or LanguagesBulk).Select(e => e.Path)];
}
