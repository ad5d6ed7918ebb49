using GenesysCloud.Bulk.Journal;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Web.Hosting;

/// <summary>
/// The job journal and, for a team on PostgreSQL, the shared Data Protection key ring: what several instances of
/// the app behind one load balancer must share.
/// </summary>
public static class JournalHosting
{
    /// <summary>The app name the key ring is shared under (instances must agree on it).</summary>
    public const string ApplicationName = "GenesysCloudUtilities";

    /// <summary>
    /// The journal setting: <c>Jobs:Journal</c> (a SQLite file path or connection string, or a PostgreSQL
    /// connection string <c>Host=…</c>), else the older <c>Jobs:JournalPath</c>; null when neither is set.
    /// </summary>
    public static string? JournalSetting(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration["Jobs:Journal"] is { Length: > 0 } journal ? journal
            : configuration["Jobs:JournalPath"] is { Length: > 0 } path ? path
            : null;
    }

    /// <summary>
    /// Registers the configured journal as the app's <see cref="IJobJournal"/>, used in every mode (the sandbox's
    /// included). Without a setting nothing is registered, so the sandbox keeps its jobs out of the real org's
    /// default journal.
    /// </summary>
    public static IServiceCollection AddJobJournal(this IServiceCollection services, IConfiguration configuration)
    {
        if (JournalSetting(configuration) is { } setting)
        {
            services.TryAddSingleton<SqlJobJournal>(sp => JobJournals.Open(setting, sp.GetService<TimeProvider>()));
            services.TryAddSingleton<IJobJournal>(sp => sp.GetRequiredService<SqlJobJournal>());
        }

        return services;
    }

    /// <summary>
    /// With a PostgreSQL journal, keeps the Data Protection keys in its database under one application name, so a
    /// sign-in cookie issued by one instance is read by any other. Otherwise the framework's default key ring
    /// (a folder of this machine) stays.
    /// </summary>
    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        if (JournalSetting(configuration) is not { } setting || !JobJournals.IsPostgres(setting)) return services;
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(options =>
            options.XmlRepository = new PostgresXmlRepository((PostgresJobJournal)sp.GetRequiredService<SqlJobJournal>())));
        return services;
    }
}
