using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using GenesysCloud.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace GenesysCloud;

/// <summary>
/// The Genesys Cloud Platform API client. One HttpClient pipeline (retry → auth → rate limit → logging)
/// is shared by every call and every sub-API. Thread-safe; create one per org and reuse it.
/// </summary>
public sealed class GenesysCloudApi : IDisposable
{
    private readonly HttpClient _http;
    private readonly CallCounter _counter = new();
    private readonly TimeProvider _time;
    private readonly string _apiBase;

    /// <summary>Creates a client.</summary>
    /// <param name="auth">Authentication for the org.</param>
    /// <param name="options">Retry, rate-limit and logging settings; defaults when null.</param>
    /// <param name="handler">The innermost handler (e.g. for tests); a pooled SocketsHttpHandler when null. Not disposed by this client.</param>
    public GenesysCloudApi(GenesysAuth auth, GenesysApiOptions? options = null, HttpMessageHandler? handler = null)
        : this([auth ?? throw new ArgumentNullException(nameof(auth))], options, handler)
    {
    }

    /// <summary>
    /// Creates a client over a pool of client-credential logins to one org: each attempt (retries included) takes the
    /// next login's token, round robin, and each token has its own rate limits. One pipeline, one retry policy.
    /// </summary>
    /// <param name="tokenPool">One or more logins to the same org.</param>
    /// <param name="options">Retry, rate-limit and logging settings; defaults when null.</param>
    /// <param name="handler">The innermost handler (e.g. for tests); a pooled SocketsHttpHandler when null. Not disposed by this client.</param>
    public GenesysCloudApi(IReadOnlyList<GenesysAuth> tokenPool, GenesysApiOptions? options = null, HttpMessageHandler? handler = null)
    {
        var pool = new TokenPool(tokenPool);
        Options = options ?? new GenesysApiOptions();
        Options.Validate();
        Auth = pool.First;
        TokenPoolSize = pool.Count;
        _time = Options.TimeProvider ?? TimeProvider.System;
        _apiBase = Auth.Config.ApiUrl;
        Conflicts = new ConflictRetry(Options, _time);

        var logger = Options.Logger?.CreateLogger("GenesysCloud.Http") ?? NullLogger.Instance;
        HttpMessageHandler pipeline = new LoggingHandler(logger, _counter, _time)
        {
            InnerHandler = handler is null
                ? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AutomaticDecompression = System.Net.DecompressionMethods.All, AllowAutoRedirect = false }
                : new HttpMessageInvokerHandler(handler),
        };
        var perMinute = Options.RequestsPerMinute ?? 0;
        pipeline = new RateLimitHandler(new TokenRateLimiter(perMinute, Options.RateLimitWindow, _time)) { InnerHandler = pipeline };
        pipeline = new AuthHandler(pool) { InnerHandler = pipeline };
        var retry = RetryPolicy.CreateHandler(Options, _time);
        retry.InnerHandler = pipeline;
        _http = new HttpClient(retry, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(Options.UserAgent);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        Users = new UsersApi(this);
        Groups = new GroupsApi(this);
        Queues = new QueuesApi(this);
        Conversations = new ConversationsApi(this);
        Routing = new RoutingApi(this);
    }

    /// <summary>The authentication in use (the first login of the token pool).</summary>
    public GenesysAuth Auth { get; }

    /// <summary>How many client-credential logins the calls are spread over.</summary>
    public int TokenPoolSize { get; }

    /// <summary>The retry of writes refused as conflicts (group versions, 409s).</summary>
    internal ConflictRetry Conflicts { get; }

    /// <summary>The clock of every wait (tests pass a fake one through <see cref="GenesysApiOptions.TimeProvider"/>).</summary>
    internal TimeProvider Time => _time;

    /// <summary>The settings in use.</summary>
    public GenesysApiOptions Options { get; }

    /// <summary>Users: get, search, list.</summary>
    public UsersApi Users { get; }

    /// <summary>Groups: get, search, list, members.</summary>
    public GroupsApi Groups { get; }

    /// <summary>Routing queues: get, search, list, members.</summary>
    public QueuesApi Queues { get; }

    /// <summary>Conversations and analytics details.</summary>
    public ConversationsApi Conversations { get; }

    /// <summary>Skills, languages, wrap-up codes and user routing skills.</summary>
    public RoutingApi Routing { get; }

    /// <summary>HTTP requests sent on the wire by this client, retries included.</summary>
    public long CallCount => _counter.Total;

    /// <summary>Requests sent per endpoint, keyed like <c>POST /api/v2/groups/{id}/members</c> (ids replaced by <c>{id}</c>).</summary>
    public IReadOnlyDictionary<string, long> CallCountByEndpoint => _counter.ByEndpoint;

    /// <summary>429 (too many requests) answers this client received; each was waited out and retried.</summary>
    public long Http429Count => _counter.Http429;

    /// <summary>GET <paramref name="endpoint"/> (e.g. <c>/api/v2/users/me</c>).</summary>
    public Task<ApiResponse<JsonElement>> GetAsync(string endpoint, IDictionary<string, string?>? query = null, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Get, endpoint, null, query, retrySafe: true, ct);

    /// <summary>POST a JSON body. Not retried after a 5xx or lost connection; use <see cref="SendAsync"/> with retrySafe for POSTs that may be repeated.</summary>
    public Task<ApiResponse<JsonElement>> PostAsync(string endpoint, object? json = null, IDictionary<string, string?>? query = null, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, endpoint, json, query, retrySafe: false, ct);

    /// <summary>PUT a JSON body.</summary>
    public Task<ApiResponse<JsonElement>> PutAsync(string endpoint, object? json = null, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Put, endpoint, json, null, retrySafe: true, ct);

    /// <summary>PATCH a JSON body.</summary>
    public Task<ApiResponse<JsonElement>> PatchAsync(string endpoint, object? json = null, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Patch, endpoint, json, null, retrySafe: true, ct);

    /// <summary>DELETE <paramref name="endpoint"/>.</summary>
    public Task<ApiResponse<JsonElement>> DeleteAsync(string endpoint, IDictionary<string, string?>? query = null, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Delete, endpoint, null, query, retrySafe: true, ct);

    /// <summary>
    /// Streams every entity of a GET list, page by page, lazily. Handles both envelopes (pageNumber/pageCount
    /// and nextUri without totals); the page size is clamped to the endpoint's maximum (500 for
    /// <c>/api/v2/users</c>, else 100). Throws <see cref="GenesysApiException"/> when a page fails.
    /// </summary>
    public async IAsyncEnumerable<JsonElement> PaginateAsync(string endpoint, IDictionary<string, string?>? query = null,
        int pageSize = 100, int? maxPages = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var page in Pager.PagesAsync(this, endpoint, query, pageSize, maxPages, ct).ConfigureAwait(false))
        {
            foreach (var entity in page.Entities)
            {
                ct.ThrowIfCancellationRequested();
                yield return entity;
            }
        }
    }

    /// <summary>
    /// Sends any request. <paramref name="retrySafe"/> marks a POST that may be repeated after a 5xx or lost
    /// connection (GET, PUT, PATCH and DELETE always may); 429 is retried for every request.
    /// </summary>
    public Task<ApiResponse<JsonElement>> SendAsync(HttpMethod method, string endpoint, object? json = null,
        IDictionary<string, string?>? query = null, bool retrySafe = false, CancellationToken ct = default) =>
        SendCoreAsync(method, endpoint, json, query, retrySafe, ct);

    /// <summary>Sends any request; the query may repeat a key (e.g. <c>id=a&amp;id=b</c>).</summary>
    internal Task<ApiResponse<JsonElement>> SendCoreAsync(HttpMethod method, string endpoint, object? json,
        IEnumerable<KeyValuePair<string, string?>>? query, bool retrySafe, CancellationToken ct) =>
        SendCoreAsync(method, endpoint, json, query, retrySafe, ResponseReader.ReadAsync, ct);

    /// <summary>
    /// Sends a request and reads a successful body as <typeparamref name="T"/> straight from the response stream (no
    /// intermediate JSON document: a page of 500 users was parsed once into a document and again from it).
    /// </summary>
    internal Task<ApiResponse<T>> SendAsync<T>(HttpMethod method, string endpoint, object? json = null,
        IEnumerable<KeyValuePair<string, string?>>? query = null, bool retrySafe = false, CancellationToken ct = default) =>
        SendCoreAsync(method, endpoint, json, query, retrySafe, ResponseReader.ReadAsync<T>, ct);

    private async Task<ApiResponse<T>> SendCoreAsync<T>(HttpMethod method, string endpoint, object? json,
        IEnumerable<KeyValuePair<string, string?>>? query, bool retrySafe,
        Func<HttpResponseMessage, CancellationToken, Task<ApiResponse<T>>> read, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentException.ThrowIfNullOrEmpty(endpoint);
        var uri = BuildUri(endpoint, query);
        if (!IsApiHost(uri))
            // An absolute nextUri (or endpoint) on another host would receive the bearer token: refuse it.
            return new ApiResponse<T>(false, default,
                $"{method.Method} refused: {uri.GetLeftPart(UriPartial.Authority)} is not the API host {_apiBase}; the token is sent only there.");
        using var request = new HttpRequestMessage(method, uri);
        if (json is not null)
            request.Content = new StringContent(JsonSerializer.Serialize(json, GenesysJson.Options), Encoding.UTF8, "application/json");
        request.Options.Set(GenesysRequestOptions.RetrySafe, retrySafe);
        request.Options.Set(GenesysRequestOptions.StartedAt, _time.GetTimestamp());
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
            return await read(response, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or ExecutionRejectedException)
        {
            var reason = ex is OperationCanceledException or ExecutionRejectedException ? "timed out" : ex.Message;
            return new ApiResponse<T>(false, default, $"{method.Method} {request.RequestUri?.AbsolutePath} failed: {reason}");
        }
    }

    /// <summary>Disposes the HTTP pipeline (not a caller-supplied handler).</summary>
    public void Dispose() => _http.Dispose();

    private bool IsApiHost(Uri uri) =>
        string.Equals(uri.GetLeftPart(UriPartial.Authority), new Uri(_apiBase).GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);

    private Uri BuildUri(string endpoint, IEnumerable<KeyValuePair<string, string?>>? query)
    {
        var builder = new StringBuilder();
        if (endpoint.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || endpoint.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            builder.Append(endpoint);
        else
            builder.Append(_apiBase).Append('/').Append(endpoint.TrimStart('/'));
        if (query is not null)
        {
            var separator = endpoint.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            foreach (var (key, value) in query)
            {
                if (value is null)
                    continue;
                builder.Append(separator).Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
                separator = '&';
            }
        }
        return new Uri(builder.ToString());
    }
}
