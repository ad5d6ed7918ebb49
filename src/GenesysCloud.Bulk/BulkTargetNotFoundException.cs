namespace GenesysCloud.Bulk;

/// <summary>The group, queue or skill a request names does not exist (or cannot be read).</summary>
public sealed class BulkTargetNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BulkTargetNotFoundException() : base("The bulk target was not found.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public BulkTargetNotFoundException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public BulkTargetNotFoundException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
