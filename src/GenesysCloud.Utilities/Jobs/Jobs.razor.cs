using GenesysCloud.Utilities.Workflow;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace GenesysCloud.Utilities.Jobs;

/// <summary>Jobs: lists journaled bulk jobs with their per-item results; export, resume and undo them.</summary>
public partial class Jobs
{
    private JobsService? _service;

    [Inject] private BulkWorkflowService Workflow { get; set; } = default!;

    /// <inheritdoc />
    public override UtilityConfig Config { get; } = new(
        "jobs",
        "Jobs",
        "The journal of bulk membership changes: who, when, what and each user's result; export, resume or undo a job.",
        Icons.Material.Filled.History)
    {
        Category = "Audit",
        Tags = ["jobs", "audit", "journal", "undo", "resume", "bulk", "history"],
    };

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (Connection.IsConnected && _service is null)
            _service = new JobsService(Workflow, () => Connection.Api);
    }
}
