using System.Text.Json;

namespace GenesysCloud.Diagnostics;

/// <summary>Reads the first page of users, groups, queues and skills at their maximum page size; keeps what later probes need.</summary>
internal static class DirectoryProbes
{
    public const int ListMaximum = PageSizes.Lists;

    /// <summary>The API's default page size, for a sample when a page of the maximum is refused.</summary>
    private const int FallbackPageSize = 25;

    public static async Task<IReadOnlyList<ProbeResult>> RunAsync(ProbeRun run, CancellationToken ct)
    {
        var results = new List<ProbeResult>();
        run.Users = await ListAsync(run, results, "users", ProbeEndpoints.Users, new(ListMaximum, "user", "users"), ct).ConfigureAwait(false);
        run.Groups = await ListAsync(run, results, "groups", ProbeEndpoints.Groups, new(ListMaximum, "group", "groups"), ct).ConfigureAwait(false);
        run.Queues = await ListAsync(run, results, "queues", ProbeEndpoints.Queues, new(ListMaximum, "queue", "queues"), ct).ConfigureAwait(false);
        await ListAsync(run, results, "skills", ProbeEndpoints.Skills, new(ListMaximum, "skill", "skills"), ct).ConfigureAwait(false);
        return results;
    }

    /// <summary>Probes the page sizes of one list and returns its first page's entities for later probes.</summary>
    private static async Task<IReadOnlyList<JsonElement>> ListAsync(ProbeRun run, List<ProbeResult> results, string id, string endpoint,
        PageSizeProbe.Items items, CancellationToken ct)
    {
        var path = ProbeEndpoints.Path(endpoint);
        var (probes, atMax) = await PageSizeProbe.GetListAsync(run, id, endpoint, path, items, ct).ConfigureAwait(false);
        results.AddRange(probes);
        if (atMax.Success || atMax.StatusCode == 403)
            return ProbeJson.Array(atMax.Data, "entities");
        var sample = await run.Calls.GetAsync(endpoint, path, PageSizeProbe.Query(FallbackPageSize), ct).ConfigureAwait(false);
        return ProbeJson.Array(sample.Data, "entities");
    }
}
