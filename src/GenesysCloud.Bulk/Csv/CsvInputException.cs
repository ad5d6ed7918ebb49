namespace GenesysCloud.Bulk.Csv;

/// <summary>
/// Input that cannot be used at all (no identifier column, not UTF-8, too large, broken quoting).
/// The message is meant for the user and names the line and column where they are known.
/// </summary>
public sealed class CsvInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CsvInputException(string message, int? row = null, string? column = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Row = row;
        Column = column;
    }

    /// <summary>Creates the exception.</summary>
    public CsvInputException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public CsvInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public CsvInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The 1-based line where the problem is, when known.</summary>
    public int? Row { get; }

    /// <summary>The column (header name) where the problem is, when known.</summary>
    public string? Column { get; }
}
