namespace GenesysCloud.Utilities.GroupManager;

/// <summary>Live progress of an apply run.</summary>
/// <param name="Done">Changes processed (applied or failed).</param>
/// <param name="Total">Changes to send.</param>
/// <param name="Calls">HTTP requests sent so far (retries included).</param>
/// <param name="Http429">429 responses seen (and retried) so far.</param>
/// <param name="Eta">Estimated time left, once known.</param>
public sealed record MembershipProgress(int Done, int Total, int Calls = 0, int Http429 = 0, TimeSpan? Eta = null)
{
    /// <summary>Percent done, 0–100.</summary>
    public double Percent => Total == 0 ? 100 : 100.0 * Done / Total;
}
