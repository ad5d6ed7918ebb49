namespace GenesysCloud.Bulk;

/// <summary>Where a journaled job stands.</summary>
public enum BulkJobStatus
{
    /// <summary>Stored, being applied (or the process died while applying it: resume it).</summary>
    Running,

    /// <summary>Stopped by cancellation before it finished: resume it.</summary>
    Cancelled,

    /// <summary>Every item applied or skipped.</summary>
    Completed,

    /// <summary>Finished, but some items failed (see their errors).</summary>
    CompletedWithErrors,
}
