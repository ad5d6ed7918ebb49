using System.Data.Common;
using Dapper;
using GenesysCloud.Bulk.Journal;
using GenesysCloud.Bulk.Journal.Migrations;
using GenesysCloud.Testing;
using Npgsql;

namespace GenesysCloud.Bulk.Tests.Journal;

/// <summary>The journal contract on PostgreSQL (a database of its own per test); skipped without a server, required in CI.</summary>
public sealed class PostgresJobJournalTests : JobJournalContract
{
    private readonly PostgresTestServer _server = new();
    private string? _database;

    protected override string Dialect => "Postgres";

    protected override async Task<SqlJobJournal> OpenStoreAsync() => new PostgresJobJournal(_database ??= await _server.CreateDatabaseAsync());

    protected override async Task<DbConnection> OpenConnectionAsync()
    {
        var connection = new NpgsqlConnection(_database ??= await _server.CreateDatabaseAsync());
        await connection.OpenAsync();
        return connection;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _server.DisposeAsync();
    }

    [SkippableFact]
    public async Task TwoInstancesStartingAtOnce_ApplyEachMigrationOnce()
    {
        var first = await JournalAsync();
        var second = await AnotherInstanceAsync();

        await Task.WhenAll(Task.Run(() => first.ListJobsAsync()), Task.Run(() => second.ListJobsAsync()));

        await using var connection = new NpgsqlConnection(_database);
        Assert.Equal(SchemaMigrator.Scripts("Postgres").Count, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_version"));
    }
}
