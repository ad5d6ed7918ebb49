using GenesysCloud.Bulk.Http;
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
    private readonly WireCounter?[] _counters;
    private readonly bool _createdClients;
    private readonly bool _ownsHandlers;
    private int _next = -1;

    /// <summary>Uses existing clients (not disposed by the connection), e.g. the app's connected client.</summary>
    /// <param name="apis">One client per token; at least one.</param>
    /// <param name="directoryTtl">How long a listed directory is reused; default 10 minutes.</param>
    /// <param name="time">Clock for the cache; system clock by default.</param>
    public BulkConnection(IReadOnlyList<GenesysCloudApi> apis, TimeSpan? directoryTtl = null, TimeProvider? time = null)
        : this([.. apis], new WireCounter?[apis.Count], createdClients: false, ownsHandlers: false, directoryTtl ?? new BulkConnectionOptions().DirectoryTtl, time)
    {
    }

    private BulkConnection(GenesysCloudApi[] apis, WireCounter?[] counters, bool createdClients, bool ownsHandlers, TimeSpan directoryTtl, TimeProvider? time)
    {
        if (apis.Length == 0) throw new ArgumentException("A connection needs at least one client.", nameof(apis));
        _apis = apis;
        _counters = counters;
        _createdClients = createdClients;
        _ownsHandlers = ownsHandlers;
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
        var counters = new WireCounter?[options.Tokens];
        var apis = new GenesysCloudApi[options.Tokens];
        for (var i = 0; i < apis.Length; i++)
        {
            counters[i] = new WireCounter(options.Handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
            apis[i] = new GenesysCloudApi(new GenesysAuth(config, time: time), options.Api, counters[i]);
        }

        return new BulkConnection(apis, counters, createdClients: true, ownsHandlers: options.Handler is null, options.DirectoryTtl, time);
    }

    /// <summary>The clients of the pool, one per token.</summary>
    public IReadOnlyList<GenesysCloudApi> Apis => _apis;

    /// <summary>HTTP requests sent by the pool (retries included).</summary>
    public long Calls => _apis.Select((api, i) => _counters[i]?.Calls ?? api.CallCount).Sum();

    /// <summary>429 responses seen by the pool (counted for clients this connection created).</summary>
    public long Http429 => _counters.Sum(c => c?.Http429 ?? 0);

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
        if (_ownsHandlers)
        {
            foreach (var counter in _counters) counter?.Dispose();
        }
    }
}
