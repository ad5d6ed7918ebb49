using GenesysCloud.Bulk.Resolution;

namespace GenesysCloud.Bulk;

/// <summary>
/// One connected org as the bulk engine sees it: a pool of one or more <see cref="GenesysCloudApi"/> clients
/// (one per client-credential token, each with the SDK's rate limiter for its token) and a user directory
/// cache with a TTL. Create ONE per org and share it by every engine and job, so that all of them share the
/// limiters and the cache. Thread-safe.
/// </summary>
public sealed class BulkConnection : IDisposable
{
    private readonly GenesysCloudApi[] _apis;
    private readonly bool _createdClients;
    private int _next = -1;

    /// <summary>Uses existing clients (not disposed by the connection), e.g. the app's connected client.</summary>
    /// <param name="apis">One client per token; at least one.</param>
    /// <param name="directoryTtl">How long a listed directory is reused; default 10 minutes.</param>
    /// <param name="time">Clock for the cache; system clock by default.</param>
    public BulkConnection(IReadOnlyList<GenesysCloudApi> apis, TimeSpan? directoryTtl = null, TimeProvider? time = null)
        : this([.. apis], createdClients: false, directoryTtl ?? new BulkConnectionOptions().DirectoryTtl, time)
    {
    }

    private BulkConnection(GenesysCloudApi[] apis, bool createdClients, TimeSpan directoryTtl, TimeProvider? time)
    {
        if (apis.Length == 0) throw new ArgumentException("A connection needs at least one client.", nameof(apis));
        _apis = apis;
        _createdClients = createdClients;
        Time = time ?? TimeProvider.System;
        Directory = new DirectoryCache(directoryTtl, Time);
    }

    /// <summary>
    /// Creates a pool of <see cref="BulkConnectionOptions.Tokens"/> clients for one org, each authenticating on
    /// its own (its own token and rate limit), all counted for progress reports. Disposed with the connection.
    /// </summary>
    public static BulkConnection Create(GenesysConfig config, BulkConnectionOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        options ??= new BulkConnectionOptions();
        if (options.Tokens < 1) throw new ArgumentOutOfRangeException(nameof(options), "Tokens must be at least 1.");
        var apis = new GenesysCloudApi[options.Tokens];
        for (var i = 0; i < apis.Length; i++)
            apis[i] = new GenesysCloudApi(new GenesysAuth(config, time: time), options.Api, options.Handler);

        return new BulkConnection(apis, createdClients: true, options.DirectoryTtl, time);
    }

    /// <summary>
    /// Which org this connection changes, for the journal: the API host and the OAuth client id (a client
    /// credential belongs to one org). Never holds a secret.
    /// </summary>
    public string OrgKey => $"{_apis[0].Auth.Config.ApiUrl} client {_apis[0].Auth.Config.ClientId}";

    /// <summary>The clients of the pool, one per token.</summary>
    public IReadOnlyList<GenesysCloudApi> Apis => _apis;

    /// <summary>HTTP requests sent by the pool (retries included).</summary>
    public long Calls => _apis.Sum(api => api.CallCount);

    /// <summary>429 responses seen by the pool (each waited out and retried by the SDK).</summary>
    public long Http429 => _apis.Sum(api => api.Http429Count);

    /// <summary>When the cached user directory was listed; null when there is none.</summary>
    public DateTimeOffset? DirectoryLoadedAt => Directory.LoadedAt;

    /// <summary>Drops the cached user directory (e.g. after users were created).</summary>
    public void InvalidateDirectory() => Directory.Invalidate();

    internal TimeProvider Time { get; }

    internal DirectoryCache Directory { get; }

    /// <summary>The next client of the pool, round robin, to spread calls over the tokens.</summary>
    internal GenesysCloudApi NextApi() => _apis[(int)((uint)Interlocked.Increment(ref _next) % (uint)_apis.Length)];

    /// <summary>Disposes the clients this connection created.</summary>
    public void Dispose()
    {
        if (!_createdClients) return;
        foreach (var api in _apis) api.Dispose();
    }
}
