namespace GenesysCloud.Emulator;

/// <summary>A person of the demo org who can sign in, with a role and the password shown on the sign-in page.</summary>
/// <param name="UserId">The org user the person is.</param>
/// <param name="Name">Display name.</param>
/// <param name="Email">Email (the sign-in name).</param>
/// <param name="Role">Role name shown on the sign-in page and in <c>users/me?expand=authorization</c>.</param>
/// <param name="Password">The demo password (shown: nothing here is secret).</param>
/// <param name="Permissions">What the role grants, Genesys permission strings with wildcards (<c>directory:*:*</c>).</param>
public sealed record DemoPerson(string UserId, string Name, string Email, string Role, string Password, IReadOnlyList<string> Permissions)
{
    /// <summary>True when the role grants <paramref name="permission"/> (<c>domain:entity:action</c>; <c>*</c> in a granted segment matches any).</summary>
    public bool Has(string permission)
    {
        var wanted = permission.Split(':');
        return Permissions.Any(granted =>
        {
            var parts = granted.Split(':');
            return parts.Length == wanted.Length
                && parts.Zip(wanted).All(p => p.First == "*" || string.Equals(p.First, p.Second, StringComparison.OrdinalIgnoreCase));
        });
    }
}
