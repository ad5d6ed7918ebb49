using GenesysCloud.Benchmarks.Harness;
using GenesysCloud.Bulk;

namespace GenesysCloud.Benchmarks.Skills;

/// <summary>The suite's bulk engine (what Skills Manager and <c>gcutil skills assign</c> run), journal included.</summary>
public static class SkillsSuiteContender
{
    public static Contender Create() => new(SkillsBenchmark.Name, "suite", (config, options, request, ct) =>
        SuiteEngine.PlanAndApplyAsync(config, options,
            new BulkRequest(BulkOperation.AssignSkill, request.GroupId!, request.Emails) { Proficiency = SkillsBenchmark.Proficiency }, ct));
}
