namespace GenesysCloud.Bulk;

/// <summary>Where one journaled item stands.</summary>
public enum BulkItemStatus
{
    /// <summary>To be sent; not sent yet.</summary>
    Pending,

    /// <summary>Its batch was being sent when the job stopped: unknown until reconciled on resume.</summary>
    InFlight,

    /// <summary>The change was made by this job.</summary>
    Applied,

    /// <summary>The change failed; <see cref="BulkJobItem.Error"/> says why.</summary>
    Failed,

    /// <summary>Nothing to send (not <see cref="BulkItemAction.WillChange"/>, or already in the requested state on resume).</summary>
    Skipped,
}
