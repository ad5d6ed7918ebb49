namespace GenesysCloud.Web.SignIn;

/// <summary>
/// One person's sign-in, kept on the server: their token (inside <see cref="Auth"/>, refreshed before it expires,
/// one refresh for all their tabs) and who they are. The browser's cookie holds only <see cref="Id"/>.
/// </summary>
public sealed class SignedInSession(string id, GenesysAuth auth, SignedInUser user, bool isSandbox, string orgLabel, DateTimeOffset createdAt)
    : IDisposable
{
    private readonly CancellationTokenSource _ended = new();

    public string Id { get; } = id;

    public GenesysAuth Auth { get; } = auth;

    public SignedInUser User { get; } = user;

    public bool IsSandbox { get; } = isSandbox;

    public string OrgLabel { get; } = orgLabel;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>Cancelled when the person signs out, so every tab of theirs disconnects.</summary>
    public CancellationToken Ended => _ended.Token;

    internal void End() => _ended.Cancel();

    public void Dispose() => _ended.Dispose();
}
