using GenesysCloud.Bulk.Journal;

namespace GenesysCloud.Bulk.Execution;

/// <summary>Records how a run of a job ended, and reads the journal's view of a job after it.</summary>
internal sealed class JobRecords(IJobJournal journal, BulkConnection connection)
{
    /// <summary>
    /// Runs <paramref name="run"/> while <paramref name="lease"/> holds, then journals the job as cancelled (and
    /// rethrows), still running with the error (interrupted: resume it; rethrows), or completed, with errors when an
    /// item failed. A lost lease stops the run and writes nothing more: another process may own the job now. The report is
    /// made from <paramref name="journaled"/> (the run's items as it journaled them) when given, else read back from the journal.
    /// </summary>
    public async Task<BulkJobResult> RunAsync(BulkJob job, RunMeter meter, JobLease lease, Func<CancellationToken, Task> run, CancellationToken ct,
        JournaledItems? journaled = null)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, lease.Lost);
        try
        {
            await run(linked.Token);
        }
        catch (OperationCanceledException) when (lease.IsLost)
        {
            throw lease.LostException();
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await FinishAsync(job, _ => BulkJobStatus.Cancelled, meter, "cancelled", journaled);
            throw;
        }
        catch (Exception ex)
        {
            await FinishAsync(job, _ => BulkJobStatus.Running, meter, ex.Message, journaled);
            throw;
        }

        var finished = await FinishAsync(job, stored => stored.FailedCount > 0 ? BulkJobStatus.CompletedWithErrors : BulkJobStatus.Completed, meter, null, journaled);
        return journaled is null
            ? await ResultAsync(job.Id, meter, CancellationToken.None)
            : new BulkJobResult(finished, journaled.Snapshot(), meter.Calls, meter.Http429, meter.Elapsed);
    }

    /// <summary>The job with every item, and this run's calls and time.</summary>
    public async Task<BulkJobResult> ResultAsync(string jobId, RunMeter meter, CancellationToken ct)
    {
        var job = await journal.GetJobAsync(jobId, ct) ?? throw new KeyNotFoundException($"Job {jobId} is not in the journal.");
        return new BulkJobResult(job, await journal.GetItemsAsync(jobId, ct), meter.Calls, meter.Http429, meter.Elapsed);
    }

    /// <summary>
    /// Journals how the run ended; <paramref name="statusOf"/> picks the status from the journaled job and its item counts,
    /// counted from <paramref name="journaled"/> when given (the run holds the lease: the job is <paramref name="job"/> as
    /// it began, and counting in the journal read every item's row again).
    /// </summary>
    private async Task<BulkJob> FinishAsync(BulkJob job, Func<BulkJob, BulkJobStatus> statusOf, RunMeter meter, string? error, JournaledItems? journaled)
    {
        var stored = journaled is null ? await journal.GetJobAsync(job.Id, CancellationToken.None) ?? job : journaled.Counted(job);
        var finished = stored with
        {
            Status = statusOf(stored),
            FinishedAt = connection.Time.GetUtcNow(),
            Calls = stored.Calls + meter.Calls,
            Http429 = stored.Http429 + meter.Http429,
            Error = error,
        };
        await journal.UpdateJobAsync(finished, CancellationToken.None);
        return finished;
    }
}
