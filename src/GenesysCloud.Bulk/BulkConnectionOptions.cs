namespace GenesysCloud.Bulk;

/// <summary>Settings of a <see cref="BulkConnection"/>.</summary>
public sealed class BulkConnectionOptions
{
    /// <summary>Client-credential tokens in the SDK client's pool (each has its own rate limit); default 1.</summary>
    public int Tokens { get; set; } = 1;

    /// <summary>How long a listed user directory is reused before it is listed again; default 10 minutes.</summary>
    public TimeSpan DirectoryTtl { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>SDK settings (retries, conflict budget, client-side rate limit) for the client this connection creates.</summary>
    public GenesysApiOptions? Api { get; set; }

    /// <summary>Innermost HTTP handler for the client this connection creates (tests, proxies); sockets when null.</summary>
    public HttpMessageHandler? Handler { get; set; }
}
