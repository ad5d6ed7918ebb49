using GenesysCloud.Bulk;
using GenesysCloud.Cli.Connection;
using GenesysCloud.Cli.Output;

namespace GenesysCloud.Cli.Commands;

/// <summary>Connect, find the target, plan with the bulk engine, then print the plan or apply it.</summary>
public static class MembershipWorkflow
{
    public static async Task<int> RunAsync(CliSettings settings, CliOutput output, MembershipRequest request, CancellationToken ct)
    {
        await using var connection = await CliConnection.OpenAsync(settings, ct);
        if (connection.SandboxHint is { } hint)
            output.Note(hint);

        var target = await TargetResolver.ResolveAsync(connection.Api, request.Spec.Kind, request.Target, ct);
        using var journal = JournalFactory.Open(settings.Journal, settings.Sandbox);
        var engine = new BulkEngine(connection.Bulk, journal, settings.EngineOptions());
        var bulkRequest = new BulkRequest(request.Spec.Operation, target.Id, request.Users.Values)
        {
            RequestedBy = RequestedBy(),
            Lines = request.Users.ValueLines,
        };

        var plan = await engine.PlanAsync(bulkRequest, ct);
        return await JobOutcome.PreviewOrApplyAsync(settings, output, engine, plan, request.CommandPath, ct);
    }

    public static string RequestedBy() => $"cli:{Environment.UserName}";
}
