namespace GenesysCloud.Utilities.Permissions;

/// <summary>A person tried to start a job that needs Genesys permissions their roles do not grant; nothing was journaled or sent.</summary>
public sealed class MissingPermissionsException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MissingPermissionsException()
        : base("Your roles lack permissions this job needs.")
    {
    }

    /// <summary>Creates the exception with a message for the person.</summary>
    public MissingPermissionsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public MissingPermissionsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception naming the missing permissions.</summary>
    /// <param name="missing">The permissions the job needs that the person lacks.</param>
    /// <param name="message">The sentence shown to the person (<see cref="PermissionCheck.Explain"/>).</param>
    public MissingPermissionsException(IReadOnlyList<string> missing, string message)
        : base(message)
    {
        Missing = missing;
    }

    /// <summary>The permissions the job needs that the person lacks.</summary>
    public IReadOnlyList<string> Missing { get; } = [];
}
