namespace GenesysCloud.Diagnostics;

/// <summary>User routing skills at pageSize 50, the maximum Genesys's provider uses (FACTS §6).</summary>
internal static class UserSkillsProbe
{
    public const int PageMaximum = PageSizes.UserSkills;

    public static async Task<IReadOnlyList<ProbeResult>> RunAsync(ProbeRun run, CancellationToken ct)
    {
        var userId = run.Options.UserId is { Length: > 0 } chosen ? chosen.Trim()
            : run.Users.Select(u => ProbeJson.String(u, "id")).FirstOrDefault(id => id is not null);
        if (userId is null)
        {
            return
            [
                new ProbeResult("page-size.user-skills", $"Page size {PageMaximum} on {ProbeEndpoints.UserSkills}", ProbeStatus.Skip,
                    $"{ProbeEndpoints.UserSkills} accepts pageSize {PageMaximum}.", "The org lists no user.", "Not checked."),
            ];
        }
        var (results, _) = await PageSizeProbe.GetListAsync(run, "user-skills", ProbeEndpoints.UserSkills,
            ProbeEndpoints.Path(ProbeEndpoints.UserSkills, userId), new(PageMaximum, "skill of the user", "skills of the user"), ct).ConfigureAwait(false);
        return results;
    }
}
