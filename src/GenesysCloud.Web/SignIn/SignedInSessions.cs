using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace GenesysCloud.Web.SignIn;

/// <summary>The server-side store of sign-ins (memory only: a restart asks everyone to sign in again).</summary>
public sealed class SignedInSessions(TimeProvider time)
{
    /// <summary>How long a sign-in lasts; the cookie lives as long.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    private readonly ConcurrentDictionary<string, SignedInSession> _sessions = new(StringComparer.Ordinal);

    /// <summary>Stores a new sign-in and returns it; sign-ins past <see cref="Lifetime"/> are dropped on the way.</summary>
    public SignedInSession Add(GenesysAuth auth, SignedInUser user, bool isSandbox, string orgLabel)
    {
        var now = time.GetUtcNow();
        foreach (var stale in _sessions.Values.Where(s => now - s.CreatedAt > Lifetime))
        {
            Remove(stale.Id);
        }

        var session = new SignedInSession(Convert.ToHexString(RandomNumberGenerator.GetBytes(32)), auth, user, isSandbox, orgLabel, now);
        _sessions[session.Id] = session;
        return session;
    }

    /// <summary>The sign-in with this id, or null (signed out, expired, or from before a restart).</summary>
    public SignedInSession? Find(string? id) => id is not null && _sessions.TryGetValue(id, out var session) ? session : null;

    /// <summary>Ends a sign-in: its tabs disconnect and its token is forgotten.</summary>
    public void Remove(string? id)
    {
        if (id is not null && _sessions.TryRemove(id, out var session))
        {
            session.End();
            session.Dispose();
        }
    }
}
