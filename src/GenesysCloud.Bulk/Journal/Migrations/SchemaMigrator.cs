using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Dapper;

namespace GenesysCloud.Bulk.Journal.Migrations;

/// <summary>
/// Versioned schema scripts: <c>Migrations/&lt;dialect&gt;/NNN_name.sql</c>, embedded in this assembly, applied in
/// version order, each recorded in <c>schema_version</c>. All missing scripts run in one transaction under the
/// caller's lock, so two processes opening a journal at once apply each script once.
/// </summary>
internal static class SchemaMigrator
{
    private const string ResourcePrefix = "GenesysCloud.Bulk.Journal.Migrations.";

    /// <summary>The scripts of a dialect (<c>Sqlite</c> or <c>Postgres</c>), in version order.</summary>
    public static IReadOnlyList<SchemaScript> Scripts(string dialect)
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var prefix = $"{ResourcePrefix}{dialect}/";
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => Load(assembly, n, n[prefix.Length..]))
            .OrderBy(s => s.Version)];
    }

    /// <summary>
    /// Brings the schema to the newest script and returns its version.
    /// <paramref name="lockAsync"/> runs first in the transaction (PostgreSQL: an advisory lock; SQLite's write
    /// transaction is already exclusive). <paramref name="unversionedAsync"/> says which version an existing
    /// schema without <c>schema_version</c> has (journals written before versioning), 0 for an empty database.
    /// </summary>
    public static async Task<int> MigrateAsync(
        DbConnection connection,
        string dialect,
        Func<DbTransaction, Task> lockAsync,
        Func<DbTransaction, Task<int>> unversionedAsync,
        CancellationToken ct)
    {
        var scripts = Scripts(dialect);
        var newest = scripts.Count == 0 ? 0 : scripts[^1].Version;
        await using var tx = await connection.BeginTransactionAsync(ct);
        await lockAsync(tx);
        await connection.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)",
            transaction: tx);
        var current = await connection.ExecuteScalarAsync<int?>("SELECT MAX(version) FROM schema_version", transaction: tx);
        if (current is null)
        {
            current = await unversionedAsync(tx);
            foreach (var script in scripts.Where(s => s.Version <= current))
                await RecordAsync(connection, tx, script, "existed before versioning");
        }

        if (current > newest)
        {
            throw new InvalidOperationException(
                $"The job journal's schema is at version {current}, newer than this program knows ({newest}). Update the program.");
        }

        foreach (var script in scripts.Where(s => s.Version > current))
        {
            await connection.ExecuteAsync(script.Sql, transaction: tx);
            await RecordAsync(connection, tx, script, null);
        }

        await tx.CommitAsync(ct);
        return newest;
    }

    private static Task RecordAsync(DbConnection connection, DbTransaction tx, SchemaScript script, string? remark) =>
        connection.ExecuteAsync(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @At)",
            new
            {
                script.Version,
                Name = remark is null ? script.Name : $"{script.Name} ({remark})",
                At = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            },
            tx);

    private static SchemaScript Load(Assembly assembly, string resource, string fileName)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var version = int.Parse(fileName[..fileName.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
        return new SchemaScript(version, Path.GetFileNameWithoutExtension(fileName), reader.ReadToEnd());
    }
}

