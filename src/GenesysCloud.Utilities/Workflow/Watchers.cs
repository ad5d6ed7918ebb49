namespace GenesysCloud.Utilities.Workflow;

/// <summary>Raises a job event to each watcher on its own, so a failing watcher (a closed tab) affects nobody else.</summary>
internal static class Watchers
{
    public static void Notify(Action<RunningJob>? handlers, RunningJob job)
    {
        if (handlers is null)
            return;
        foreach (var handler in handlers.GetInvocationList().Cast<Action<RunningJob>>())
        {
            try
            {
                handler(job);
            }
            catch (Exception)
            {
                // A watcher's failure is its own (its circuit is gone); the job and the other watchers go on.
            }
        }
    }
}
