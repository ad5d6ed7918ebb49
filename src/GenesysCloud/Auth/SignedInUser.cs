namespace GenesysCloud;

/// <summary>The person a token acts for, from <c>GET /api/v2/users/me?expand=authorization</c>.</summary>
/// <param name="Id">User id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Email">Email, when the org has one for the person.</param>
/// <param name="Permissions">The permissions granted by all the person's roles (Genesys strings such as <c>directory:group:edit</c>, wildcards kept).</param>
/// <param name="Roles">The names of the person's roles.</param>
public sealed record SignedInUser(string Id, string Name, string? Email, IReadOnlySet<string> Permissions, IReadOnlyList<string> Roles);
