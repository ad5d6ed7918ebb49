using GenesysCloud.Bulk;
using GenesysCloud.Cli.Output;

namespace GenesysCloud.Cli.Commands;

/// <summary>Reports a finished run and maps it to an exit code.</summary>
public static class JobOutcome
{
    /// <summary>
    /// 0 when the job completed and every requested identifier was found; 1 when some item failed, was not
    /// found, or could not be changed here (an owner, a member by rule or via a group; the report lists them);
    /// 130 when the run was cancelled.
    /// </summary>
    public static int ExitCode(BulkJobResult result) => result.Job.Status switch
    {
        BulkJobStatus.Completed when result.Items.All(i => i.Action is not (BulkItemAction.NotFound or BulkItemAction.Invalid or BulkItemAction.CannotChangeHere))
            => ExitCodes.Done,
        BulkJobStatus.Cancelled => ExitCodes.Cancelled,
        _ => ExitCodes.PartlyFailed,
    };

    public static int Report(CliOutput output, string command, BulkJobResult result)
    {
        ReportRenderer.Write(output, ReportMapper.FromResult(command, result));
        return ExitCode(result);
    }

    /// <summary>With --dry-run prints the plan; otherwise applies it with progress and reports the result.</summary>
    public static async Task<int> PreviewOrApplyAsync(
        CliSettings settings, CliOutput output, BulkEngine engine, BulkPlan plan, string command, CancellationToken ct)
    {
        if (settings.DryRun)
        {
            ReportRenderer.Write(output, ReportMapper.FromPlan(command, plan));
            return ExitCodes.Done;
        }

        AnnounceStart(output, plan);
        var result = await JobProgress.RunAsync(output, command, progress => engine.ApplyAsync(plan, progress, ct));
        return Report(output, command, result);
    }

    /// <summary>Printed before a job starts, so that a person can resume it after a crash or a kill.</summary>
    private static void AnnounceStart(CliOutput output, BulkPlan plan) =>
        output.Note(
            $"Job {plan.JobId}: {OperationText.Describe(plan.Request.Operation, plan.TargetName, plan.Request.Proficiency, plan.Request.RingNumber)}, "
            + $"{plan.ChangeCount:N0} changes. If interrupted, continue with: gcutil jobs resume {plan.JobId}");
}
