namespace GenesysCloud.Diagnostics;

/// <summary>Reads the first page of users, groups, queues and skills at their maximum page size; keeps what later probes need.</summary>
internal static class DirectoryProbes
{
    public const int ListMaximum = 500;

    public static async Task<IReadOnlyList<ProbeResult>> RunAsync(ProbeRun run, CancellationToken ct)
    {
        var results = new List<ProbeResult>();
        var (users, usersPage) = await ListAsync(run, "users", ProbeEndpoints.Users, "users", ct).ConfigureAwait(false);
        results.AddRange(users);
        run.Users = ProbeJson.Array(usersPage.Data, "entities");

        var (groups, groupsPage) = await ListAsync(run, "groups", ProbeEndpoints.Groups, "groups", ct).ConfigureAwait(false);
        results.AddRange(groups);
        run.Groups = ProbeJson.Array(groupsPage.Data, "entities");

        var (queues, queuesPage) = await ListAsync(run, "queues", ProbeEndpoints.Queues, "queues", ct).ConfigureAwait(false);
        results.AddRange(queues);
        run.Queues = ProbeJson.Array(queuesPage.Data, "entities");

        var (skills, _) = await ListAsync(run, "skills", ProbeEndpoints.Skills, "skills", ct).ConfigureAwait(false);
        results.AddRange(skills);
        return results;
    }

    private static Task<(IReadOnlyList<ProbeResult> Results, ApiResponse<System.Text.Json.JsonElement> AtMax)> ListAsync(
        ProbeRun run, string id, string endpoint, string items, CancellationToken ct) =>
        PageSizeProbe.GetListAsync(run, id, endpoint, ProbeEndpoints.Path(endpoint), ListMaximum, items, ct);
}
