namespace GenesysCloud.Diagnostics;

/// <summary>A user's routing skills and routing languages at pageSize 50, the maximum Genesys's provider reads both with (FACTS §6).</summary>
internal static class UserSkillsProbe
{
    public const int PageMaximum = PageSizes.UserSkills;

    public static async Task<IReadOnlyList<ProbeResult>> RunAsync(ProbeRun run, CancellationToken ct)
    {
        var userId = run.Options.UserId is { Length: > 0 } chosen ? chosen.Trim()
            : run.Users.Select(u => ProbeJson.String(u, "id")).FirstOrDefault(id => id is not null);
        return
        [
            .. await RunAsync(run, userId, "user-skills", ProbeEndpoints.UserSkills, "skill", ct).ConfigureAwait(false),
            .. await RunAsync(run, userId, "user-languages", ProbeEndpoints.UserLanguages, "language", ct).ConfigureAwait(false),
        ];
    }

    private static async Task<IReadOnlyList<ProbeResult>> RunAsync(ProbeRun run, string? userId, string id, string endpoint, string noun,
        CancellationToken ct)
    {
        if (userId is null)
        {
            return
            [
                new ProbeResult($"page-size.{id}", $"Page size {PageMaximum} on {endpoint}", ProbeStatus.Skip,
                    $"{endpoint} accepts pageSize {PageMaximum}.", "The org lists no user.", "Not checked."),
            ];
        }
        var (results, _) = await PageSizeProbe.GetListAsync(run, id, endpoint, ProbeEndpoints.Path(endpoint, userId),
            new(PageMaximum, $"{noun} of the user", $"{noun}s of the user"), ct).ConfigureAwait(false);
        return results;
    }
}
