namespace GenesysCloud.Utilities;

/// <summary>The signed-in person a connection acts for; the journal names them as "Who".</summary>
/// <param name="UserId">Genesys Cloud user id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Email">Email, when the org has one.</param>
public sealed record ConnectedPerson(string UserId, string Name, string? Email)
{
    /// <summary>"Name &lt;email&gt; (user id)", as the journal records it.</summary>
    public override string ToString() => Email is null ? $"{Name} (user {UserId})" : $"{Name} <{Email}> (user {UserId})";
}
