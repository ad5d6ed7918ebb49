using GenesysCloud.Diagnostics;

namespace GenesysCloud.Cli.Output;

/// <summary>The JSON shape of <c>doctor</c>: <c>passed</c> is false when any probe failed.</summary>
public sealed record DoctorJson(string Command, bool Passed, long Calls, DoctorCountsJson Counts, IReadOnlyList<ProbeResult> Results)
{
    public static DoctorJson From(OrgCheckReport report) => new(
        "doctor", !report.HasFailures, report.Calls,
        new DoctorCountsJson(report.Count(ProbeStatus.Pass), report.Count(ProbeStatus.Warn), report.Count(ProbeStatus.Fail), report.Count(ProbeStatus.Skip)),
        report.Results);
}

/// <summary>How many probes ended with each status.</summary>
public sealed record DoctorCountsJson(int Pass, int Warn, int Fail, int Skip);
