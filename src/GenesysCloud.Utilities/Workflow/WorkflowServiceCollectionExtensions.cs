using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace GenesysCloud.Utilities.Workflow;

/// <summary>Registers the shared bulk-change workflow and the background job runner.</summary>
public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine provider (singleton), the job runner (singleton and hosted service, so jobs outlive
    /// browser tabs and stop cleanly at shutdown) and the session's <see cref="BulkWorkflowService"/> (scoped).
    /// </summary>
    /// <param name="services">The app's services.</param>
    /// <param name="configuration">The <c>Jobs</c> section (e.g. <c>MaxConcurrentJobsPerPerson</c>); defaults when null.</param>
    public static IServiceCollection AddBulkJobRunner(this IServiceCollection services, IConfiguration? configuration = null)
    {
        var options = services.AddOptions<JobRunnerOptions>();
        if (configuration is not null)
            options.Bind(configuration);
        options.Validate(o => o.MaxConcurrentJobsPerPerson >= 1, "Jobs:MaxConcurrentJobsPerPerson must be at least 1.")
            .Validate(o => o.FinishedJobsKept >= 0, "Jobs:FinishedJobsKept must not be negative.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new BulkEngineProvider(sp.GetService<Bulk.Journal.IJobJournal>()));
        services.TryAddSingleton<BulkJobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<BulkJobRunner>());
        services.TryAddScoped(sp => BulkWorkflowService.ForSession(
            sp.GetRequiredService<GenesysConnection>(), sp.GetRequiredService<BulkEngineProvider>(), sp.GetRequiredService<BulkJobRunner>()));
        return services;
    }
}
