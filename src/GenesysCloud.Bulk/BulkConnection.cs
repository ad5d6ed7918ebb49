using GenesysCloud.Bulk.Resolution;

namespace GenesysCloud.Bulk;

/// <summary>
/// One connected org as the bulk engine sees it: the SDK client (one HTTP pipeline with its retry policy, rate limits
/// and pool of client-credential tokens) and a user directory cache with a TTL. Create ONE per org and share it by every
/// engine and job, so that all of them share the limits and the cache. Thread-safe.
/// </summary>
public sealed class BulkConnection : IDisposable
{
    private readonly bool _ownsApi;

    /// <summary>Uses an existing client (not disposed by the connection), e.g. the app's connected client.</summary>
    /// <param name="api">The org's client.</param>
    /// <param name="directoryTtl">How long a listed directory is reused; default 10 minutes.</param>
    /// <param name="time">Clock for the cache; system clock by default.</param>
    public BulkConnection(GenesysCloudApi api, TimeSpan? directoryTtl = null, TimeProvider? time = null)
        : this(api, ownsApi: false, directoryTtl ?? new BulkConnectionOptions().DirectoryTtl, time)
    {
    }

    private BulkConnection(GenesysCloudApi api, bool ownsApi, TimeSpan directoryTtl, TimeProvider? time)
    {
        Api = api ?? throw new ArgumentNullException(nameof(api));
        _ownsApi = ownsApi;
        Time = time ?? TimeProvider.System;
        Directory = new DirectoryCache(directoryTtl, Time);
    }

    /// <summary>
    /// Creates the client for one org with a pool of <see cref="BulkConnectionOptions.Tokens"/> client-credential logins
    /// (each with its own token and rate limit; the SDK spreads attempts over them). Disposed with the connection.
    /// </summary>
    public static BulkConnection Create(GenesysConfig config, BulkConnectionOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        options ??= new BulkConnectionOptions();
        if (options.Tokens < 1) throw new ArgumentOutOfRangeException(nameof(options), "Tokens must be at least 1.");
        var logins = Enumerable.Range(0, options.Tokens).Select(_ => new GenesysAuth(config, time: time)).ToArray();
        return new BulkConnection(new GenesysCloudApi(logins, options.Api, options.Handler), ownsApi: true, options.DirectoryTtl, time);
    }

    /// <summary>
    /// Which org this connection changes, for the journal: the API host and the OAuth client id (a client
    /// credential belongs to one org). Never holds a secret.
    /// </summary>
    public string OrgKey => $"{Api.Auth.Config.ApiUrl} client {Api.Auth.Config.ClientId}";

    /// <summary>The org's SDK client: the only way the engine reaches the API.</summary>
    public GenesysCloudApi Api { get; }

    /// <summary>HTTP requests sent (retries included).</summary>
    public long Calls => Api.CallCount;

    /// <summary>429 responses seen (each waited out and retried by the SDK).</summary>
    public long Http429 => Api.Http429Count;

    /// <summary>When the cached user directory was listed; null when there is none.</summary>
    public DateTimeOffset? DirectoryLoadedAt => Directory.LoadedAt;

    /// <summary>Drops the cached user directory (e.g. after users were created).</summary>
    public void InvalidateDirectory() => Directory.Invalidate();

    internal TimeProvider Time { get; }

    internal DirectoryCache Directory { get; }

    /// <summary>Disposes the client when this connection created it.</summary>
    public void Dispose()
    {
        if (_ownsApi) Api.Dispose();
    }
}
