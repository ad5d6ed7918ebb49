using Npgsql;
using Xunit;

namespace GenesysCloud.Testing;

/// <summary>
/// The PostgreSQL the tests use: <c>GENESYS_TEST_POSTGRES</c> (a connection string whose user may create
/// databases; <c>eval "$(.ci/postgres start)"</c> starts one), else the libpq variables Npgsql reads
/// (<c>PGHOST</c>, <c>PGPORT</c>, <c>PGUSER</c>, <c>PGPASSWORD</c>). Without either, PostgreSQL tests skip and
/// say why; in CI (<c>CI=true</c>, or <c>POSTGRES_REQUIRED=1</c>) they fail instead. Each test gets a database of
/// its own, dropped when the server object is disposed.
/// </summary>
public sealed class PostgresTestServer : IAsyncDisposable
{
    private readonly List<string> _databases = [];

    /// <summary>The configured server's connection string, or null.</summary>
    public static string? ConnectionString { get; } =
        Environment.GetEnvironmentVariable("GENESYS_TEST_POSTGRES") is { Length: > 0 } configured ? configured
        : Environment.GetEnvironmentVariable("PGHOST") is { Length: > 0 } host ? $"Host={host}"
        : null;

    /// <summary>True when a missing server fails the tests instead of skipping them.</summary>
    public static bool Required =>
        Environment.GetEnvironmentVariable("CI") == "true" || Environment.GetEnvironmentVariable("POSTGRES_REQUIRED") == "1";

    /// <summary>Why PostgreSQL tests do not run here.</summary>
    public const string SkipReason =
        "PostgreSQL tests skipped: set GENESYS_TEST_POSTGRES to a connection string (eval \"$(.ci/postgres start)\" starts a " +
        "throwaway server) or PGHOST; with CI=true or POSTGRES_REQUIRED=1 they fail instead of skipping.";

    /// <summary>Skips the calling <c>[SkippableFact]</c> without a server, or fails it when one is required.</summary>
    public static void SkipUnlessConfigured()
    {
        if (ConnectionString is not null) return;
        if (Required) throw new InvalidOperationException("PostgreSQL is required here (CI=true) but not configured. " + SkipReason);
        Skip.If(true, SkipReason);
    }

    /// <summary>A new empty database; returns its connection string. Skips (or fails) without a server.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        SkipUnlessConfigured();
        var name = $"gcutil_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        lock (_databases) _databases.Add(name);
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ToString();
    }

    /// <summary>Drops the databases this object created.</summary>
    public async ValueTask DisposeAsync()
    {
        string[] names;
        lock (_databases) names = [.. _databases];
        if (names.Length == 0) return;
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(ConnectionString);
        await admin.OpenAsync();
        foreach (var name in names)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
