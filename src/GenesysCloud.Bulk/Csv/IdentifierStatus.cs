namespace GenesysCloud.Bulk.Csv;

/// <summary>The outcome of parsing one identifier from pasted text or a CSV row.</summary>
public enum IdentifierStatus
{
    /// <summary>Well formed and seen for the first time.</summary>
    Valid,

    /// <summary>Well formed but already given on an earlier row; ignored.</summary>
    Duplicate,

    /// <summary>Not a usable identifier (see <see cref="IdentifierEntry.Problem"/>).</summary>
    Invalid,
}
