namespace GenesysCloud.Bulk;

/// <summary>Progress of a running job.</summary>
/// <param name="Done">Items processed (applied or failed) so far in this run.</param>
/// <param name="Total">Items this run has to send.</param>
/// <param name="Calls">HTTP requests the connection sent since the run started (retries included).</param>
/// <param name="Http429">429 responses seen since the run started (the SDK retried them).</param>
/// <param name="Eta">Estimated time left; null until the first batch finished.</param>
public sealed record BulkProgress(int Done, int Total, int Calls, int Http429, TimeSpan? Eta);
