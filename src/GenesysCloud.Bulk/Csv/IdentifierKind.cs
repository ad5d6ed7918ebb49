namespace GenesysCloud.Bulk.Csv;

/// <summary>What a list of identifiers names users by.</summary>
public enum IdentifierKind
{
    /// <summary>Email addresses (matched case-insensitively).</summary>
    Email,

    /// <summary>Genesys Cloud user ids.</summary>
    UserId,

    /// <summary>Genesys Cloud usernames (login names).</summary>
    Username,
}
