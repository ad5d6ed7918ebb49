namespace GenesysCloud.Diagnostics;

/// <summary>The results of one <see cref="OrgDoctor.RunAsync"/>.</summary>
/// <param name="Results">Every probe, in a fixed order.</param>
/// <param name="Calls">HTTP requests the probes sent, retries included.</param>
public sealed record OrgCheckReport(IReadOnlyList<ProbeResult> Results, long Calls)
{
    /// <summary>True when at least one probe failed.</summary>
    public bool HasFailures => Results.Any(r => r.Status == ProbeStatus.Fail);

    /// <summary>How many probes ended with <paramref name="status"/>.</summary>
    public int Count(ProbeStatus status) => Results.Count(r => r.Status == status);

    /// <summary>The result with this id, or null.</summary>
    public ProbeResult? Find(string id) => Results.FirstOrDefault(r => r.Id == id);
}
