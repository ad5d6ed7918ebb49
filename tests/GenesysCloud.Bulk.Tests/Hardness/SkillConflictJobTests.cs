using GenesysCloud.Bulk.Tests.Support;

namespace GenesysCloud.Bulk.Tests.Hardness;

public sealed class SkillConflictJobTests
{
    [Fact]
    public async Task ApplyAsync_SkillsBulkPatchAnswers409AtTimes_RetriesAndAssignsEveryone()
    {
        await using var org = await TestOrg.StartAsync(users: 100, o => o.Faults.InjectedConflictRate = 0.4);
        var users = org.State.Users.Take(40).ToList();
        var skill = org.State.Skills[0].Id;

        var result = await org.Engine.ApplyAsync(
            await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AssignSkill, skill, [.. users.Select(u => u.Email)]) { Proficiency = 2 }));

        Assert.Equal(BulkJobStatus.Completed, result.Job.Status);
        Assert.All(users, u => Assert.Equal(2, org.State.GetUserSkills(u.Id)[skill]));
        Assert.Contains(org.Requests.Entries, e => e.Method == "PATCH" && e.StatusCode == 409);
    }
}
