namespace GenesysCloud.Utilities;

/// <summary>
/// A utility panel's steps (read, compare, export …): one at a time shows as busy, and any failure becomes a message for
/// the panel instead of an exception page. Cancelled with the panel (<see cref="Dispose"/>).
/// </summary>
public sealed class PanelSteps : IDisposable
{
    private readonly CancellationTokenSource _lifetime = new();

    /// <summary>True while a step runs.</summary>
    public bool Busy { get; private set; }

    /// <summary>The last step's failure, for the panel's alert; null when it succeeded or was dismissed.</summary>
    public string? Error { get; set; }

    /// <summary>Runs one step. Errors that already say what to do (bad input, a missing permission, the job cap) show their
    /// own message; API and other failures say what was attempted, with status, message and correlation id.</summary>
    public async Task RunAsync(string action, Func<CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Busy = true;
        Error = null;
        try
        {
            await work(_lifetime.Token);
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is Bulk.Csv.CsvInputException or ArgumentException
            or Permissions.MissingPermissionsException or Workflow.JobLimitReachedException)
        {
            Error = ex.Message;
        }
        catch (Exception ex)
        {
            Error = ApiErrorMessage.From(ex, action);
        }
        finally
        {
            Busy = false;
        }
    }

    /// <summary>The panel's lifetime token, for work that is not a step (e.g. waiting for background jobs).</summary>
    public CancellationToken Lifetime => _lifetime.Token;

    /// <inheritdoc />
    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
