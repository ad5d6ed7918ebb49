namespace GenesysCloud.Diagnostics;

/// <summary>One read-only check of the connected org against an assumption of the suite.</summary>
/// <param name="Id">Stable identifier for scripts, e.g. <c>page-size.users</c>.</param>
/// <param name="Name">What was checked, e.g. <c>Page size 500 on GET /api/v2/users</c>.</param>
/// <param name="Status">Pass, warn, fail or skip.</param>
/// <param name="Assumption">What the suite relies on.</param>
/// <param name="Observed">What the org answered (status codes, counts, header values).</param>
/// <param name="Meaning">What the outcome means for jobs run with the suite.</param>
public sealed record ProbeResult(string Id, string Name, ProbeStatus Status, string Assumption, string Observed, string Meaning);
