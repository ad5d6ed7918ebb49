namespace GenesysCloud.Bulk.Journal;

/// <summary>One status change of some items of a job (see <see cref="IJobJournal.SetItemStatusesAsync"/>).</summary>
/// <param name="Indexes">The items' indexes in the job.</param>
/// <param name="Status">Their new status.</param>
/// <param name="Error">Their error (null clears it).</param>
/// <param name="Note">Their note, when given (null keeps the one they have).</param>
public sealed record ItemStatusChange(IReadOnlyCollection<int> Indexes, BulkItemStatus Status, string? Error = null, string? Note = null);
