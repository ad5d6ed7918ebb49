using GenesysCloud.Utilities;

namespace GenesysCloud.Web.Tests.TestUtilities;

public sealed class QueueReportUtility : UtilityBase
{
    public override UtilityConfig Config { get; } = new("queue-report", "Queue Report", "Summarises queue membership by group.", "icon-queue")
    {
        Category = "Routing",
        RequiresQueue = true,
        Tags = ["queues", "report"],
    };
}
