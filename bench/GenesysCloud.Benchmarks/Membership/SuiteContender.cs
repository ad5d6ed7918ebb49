using GenesysCloud.Benchmarks.Harness;
using GenesysCloud.Bulk;

namespace GenesysCloud.Benchmarks.Membership;

/// <summary>The suite's bulk engine, journal included: plan (resolve + diff), then apply.</summary>
public static class SuiteContender
{
    public static Contender Create() => new(MembershipBenchmark.Name, "suite", (config, options, request, ct) =>
        SuiteEngine.PlanAndApplyAsync(config, options, new BulkRequest(BulkOperation.AddToGroup, request.GroupId!, request.Emails), ct));
}
