namespace GenesysCloud.Emulator.SignIn;

/// <summary>
/// The demo org's people who can sign in: the first active users, each with a role. The admin can do what every
/// utility needs; the supervisor can only look, so missing permissions can be shown.
/// </summary>
internal static class DemoPeople
{
    private static readonly (string Role, string Password, string[] Permissions)[] Roles =
    [
        ("Admin", "demo-admin", ["directory:*:*", "routing:*:*", "conversation:communication:view",
            "conversation:communication:disconnect", "analytics:conversationDetail:view"]),
        ("Supervisor (read only)", "demo-supervisor", ["directory:user:view", "directory:group:view", "routing:queue:view",
            "routing:skill:view", "conversation:communication:view", "analytics:conversationDetail:view"]),
    ];

    public static IReadOnlyList<DemoPerson> From(EmulatorState org) =>
    [
        .. org.Users.Where(u => u.State == "active").Take(Roles.Length)
            .Select((user, i) => new DemoPerson(user.Id, user.Name, user.Email, Roles[i].Role, Roles[i].Password, Roles[i].Permissions)),
    ];
}
