using Dapper;
using GenesysCloud.Bulk.Journal;
using GenesysCloud.Testing;
using GenesysCloud.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GenesysCloud.Web.Tests.Hosting;

/// <summary>The journal setting, and the Data Protection key ring shared by instances on one PostgreSQL journal.</summary>
public sealed class JournalHostingTests : IAsyncDisposable
{
    private readonly PostgresTestServer _postgres = new();
    private readonly List<ServiceProvider> _instances = [];

    [Fact]
    public void JournalSetting_JournalAndTheOlderJournalPath_JournalWins()
    {
        Assert.Equal("Host=db", JournalHosting.JournalSetting(Settings(("Jobs:Journal", "Host=db"), ("Jobs:JournalPath", "/data/jobs.db"))));
        Assert.Equal("/data/jobs.db", JournalHosting.JournalSetting(Settings(("Jobs:JournalPath", "/data/jobs.db"))));
        Assert.Null(JournalHosting.JournalSetting(Settings()));
    }

    [Fact]
    public void AddJobJournal_FilePath_RegistersASqliteJournalAndKeepsTheDefaultKeyRing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"jobs-{Guid.NewGuid():N}.db");
        var services = Instance(("Jobs:Journal", path));

        Assert.IsType<SqliteJobJournal>(services.GetRequiredService<IJobJournal>());
        Assert.IsNotType<PostgresXmlRepository>(services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
    }

    [SkippableFact]
    public async Task TwoInstancesOnOnePostgresJournal_ReadEachOthersProtectedData()
    {
        var journal = await _postgres.CreateDatabaseAsync();
        var first = Instance(("Jobs:Journal", journal));
        var second = Instance(("Jobs:Journal", journal));

        var cookie = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("sign-in").Protect("person-1");

        Assert.IsType<PostgresJobJournal>(second.GetRequiredService<IJobJournal>());
        Assert.IsType<PostgresXmlRepository>(second.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
        Assert.Equal("person-1", second.GetRequiredService<IDataProtectionProvider>().CreateProtector("sign-in").Unprotect(cookie));
        await using var database = new NpgsqlConnection(journal);
        Assert.Equal(1, await database.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM data_protection_keys"));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances) await instance.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    private ServiceProvider Instance(params (string Key, string Value)[] settings)
    {
        var configuration = Settings(settings);
        var services = new ServiceCollection().AddLogging().AddJobJournal(configuration).AddSharedDataProtection(configuration);
        services.AddDataProtection();
        var provider = services.BuildServiceProvider();
        _instances.Add(provider);
        return provider;
    }

    private static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
