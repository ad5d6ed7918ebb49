namespace GenesysCloud.Utilities.Workflow;

/// <summary>Where a job of the background runner stands.</summary>
public enum RunningJobState
{
    /// <summary>Sending changes.</summary>
    Running,

    /// <summary>Asked to stop; the batch in flight finishes first.</summary>
    Cancelling,

    /// <summary>Every change made (or already in place).</summary>
    Completed,

    /// <summary>Finished, but some changes failed (see the rows' errors).</summary>
    CompletedWithErrors,

    /// <summary>Stopped by a person before it finished; resumable from Jobs.</summary>
    Cancelled,

    /// <summary>Stopped because the app shut down; listed in Jobs to resume.</summary>
    Interrupted,

    /// <summary>Stopped by an error that is not about one item (e.g. the target vanished); resumable from Jobs.</summary>
    Failed,
}
