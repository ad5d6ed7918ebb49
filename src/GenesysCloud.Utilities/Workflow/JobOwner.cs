namespace GenesysCloud.Utilities.Workflow;

/// <summary>Who started a job: the key that groups a person's jobs (any of their tabs sees them) and the name the journal records.</summary>
/// <param name="Key">Stable per person and org; jobs are listed, capped and cancelled per key.</param>
/// <param name="Name">Who, for the journal's audit trail and the Jobs list.</param>
public sealed record JobOwner(string Key, string Name)
{
    /// <summary>
    /// The person's Genesys permissions (wildcards kept), checked before each job starts; null for client credentials,
    /// whose role Genesys Cloud checks itself.
    /// </summary>
    public IReadOnlySet<string>? Permissions { get; init; }

    /// <summary>
    /// The session's signed-in person (name, email, user id). Client credentials have no person, so the OAuth client
    /// stands in for them (everyone using that client shares the key).
    /// </summary>
    public static JobOwner Of(GenesysConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var config = connection.Auth?.Config ?? throw new InvalidOperationException("Not connected to Genesys Cloud.");
        var org = connection.OrgLabel ?? "unknown org";
        return connection.Person is { } person
            ? new JobOwner($"{config.ApiUrl} user {person.UserId}", $"{person} on {org}") { Permissions = connection.Permissions }
            : new JobOwner($"{config.ApiUrl} client {config.ClientId}", $"client {config.ClientId} on {org}");
    }

    /// <summary>What the journal records as <c>RequestedBy</c>: the person and the utility they used.</summary>
    public string RequestedBy(string utility) => $"{Name} ({utility})";
}
