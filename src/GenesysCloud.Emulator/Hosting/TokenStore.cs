using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace GenesysCloud.Emulator.Hosting;

/// <summary>Issued access tokens and when they expire.</summary>
internal sealed class TokenStore(EmulatorOptions options)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);

    public string Issue()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        _expiries[token] = options.Time.GetUtcNow() + options.TokenLifetime;
        return token;
    }

    public bool IsValid(string token) =>
        _expiries.TryGetValue(token, out var expiry) && options.Time.GetUtcNow() < expiry;
}
