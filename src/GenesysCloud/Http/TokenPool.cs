namespace GenesysCloud.Http;

/// <summary>The client-credential logins of one client; each attempt takes the next one, round robin.</summary>
internal sealed class TokenPool
{
    private readonly GenesysAuth[] _logins;
    private int _next = -1;

    public TokenPool(IReadOnlyList<GenesysAuth> logins)
    {
        ArgumentNullException.ThrowIfNull(logins);
        if (logins.Count == 0)
            throw new ArgumentException("The token pool needs at least one login.", nameof(logins));
        if (logins.Any(l => l is null))
            throw new ArgumentException("The token pool holds a null login.", nameof(logins));
        var apiUrl = logins[0].Config.ApiUrl;
        if (logins.Any(l => !string.Equals(l.Config.ApiUrl, apiUrl, StringComparison.OrdinalIgnoreCase)))
            throw new ArgumentException("Every login of a token pool must be for the same org (API URL).", nameof(logins));
        _logins = [.. logins];
    }

    public int Count => _logins.Length;

    public GenesysAuth First => _logins[0];

    public GenesysAuth Next() => _logins[(int)((uint)Interlocked.Increment(ref _next) % (uint)_logins.Length)];
}
