using GenesysCloud.Benchmarks.Harness;
using GenesysCloud.Bulk;

namespace GenesysCloud.Benchmarks.QueueMembership;

/// <summary>The suite's bulk engine (what Queue Manager and <c>gcutil queues add-members</c> run), journal included.</summary>
public static class QueueSuiteContender
{
    public static Contender Create() => new(QueueMembershipBenchmark.Name, "suite", (config, options, request, ct) =>
        SuiteEngine.PlanAndApplyAsync(config, options, new BulkRequest(BulkOperation.AddToQueue, request.GroupId!, request.Emails), ct));
}
