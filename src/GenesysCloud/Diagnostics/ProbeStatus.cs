namespace GenesysCloud.Diagnostics;

/// <summary>The outcome of one org probe.</summary>
public enum ProbeStatus
{
    /// <summary>The org behaves as the suite assumes.</summary>
    Pass,

    /// <summary>The org differs from the assumption in a way that costs time or hides a check, not correctness.</summary>
    Warn,

    /// <summary>The org breaks an assumption the suite relies on.</summary>
    Fail,

    /// <summary>The probe could not run (nothing to probe, or the token may not read it).</summary>
    Skip,
}
