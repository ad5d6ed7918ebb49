using Bunit;
using GenesysCloud.Utilities.Workflow;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace GenesysCloud.Utilities.Tests;

/// <summary>
/// Applies a previewed change as a user does and waits for its job through the runner. A render wait over the whole
/// job would re-check the panel's markup after every progress render, on the job's own thread, and slow the job with it.
/// </summary>
internal static class ApplySteps
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    /// <summary>Clicks the workflow's Apply and returns the job it started once that job has ended.</summary>
    public static async Task<RunningJob> ApplyAndAwaitJobAsync<TComponent>(this IRenderedComponent<TComponent> cut, BunitContext ctx)
        where TComponent : IComponent
    {
        var runner = ctx.Services.GetRequiredService<BulkWorkflowService>().Runner;
        var started = new TaskCompletionSource<RunningJob>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnStarted(RunningJob job) => started.TrySetResult(job);
        runner.JobStarted += OnStarted;
        try
        {
            cut.Find("#wf-apply-btn").Click();
            var job = await started.Task.WaitAsync(Wait);
            await job.Completion.WaitAsync(Wait);
            return job;
        }
        finally
        {
            runner.JobStarted -= OnStarted;
        }
    }
}
