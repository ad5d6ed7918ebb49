namespace GenesysCloud.Diagnostics;

/// <summary>
/// Read-only probes of the connected org for every assumption about the API the suite relies on: the token,
/// rate-limit headers, per-endpoint allowances, reset seconds and the token-wide window, page-size maxima, EXACT search
/// with many values, users by repeated id, routing expands on the directory, group individuals versus members, queue
/// <c>memberBy</c>, the analytics query's limits, and the permissions each feature declares. About 30 requests; never a write.
/// </summary>
public sealed class OrgDoctor
{
    private readonly GenesysCloudApi _api;

    /// <summary>Creates the probes for the org <paramref name="api"/> is connected to.</summary>
    public OrgDoctor(GenesysCloudApi api)
    {
        ArgumentNullException.ThrowIfNull(api);
        _api = api;
    }

    /// <summary>Runs every probe once. HTTP errors become results; only cancellation throws.</summary>
    public async Task<OrgCheckReport> RunAsync(OrgCheckOptions? options = null, CancellationToken ct = default)
    {
        var callsBefore = _api.CallCount;
        var run = new ProbeRun(new ProbeCalls(_api), options ?? new OrgCheckOptions(), _api.Options.TimeProvider ?? TimeProvider.System);
        var token = await TokenProbe.RunAsync(run, ct).ConfigureAwait(false);
        if (token.Status == ProbeStatus.Fail && run.Calls.FirstAnswers.GetValueOrDefault(ProbeEndpoints.TokensMe)?.StatusCode == 401)
            return new OrgCheckReport([token], _api.CallCount - callsBefore);

        var pageSizes = new List<ProbeResult>();
        pageSizes.AddRange(await DirectoryProbes.RunAsync(run, ct).ConfigureAwait(false));
        var queue = await QueueMembershipProbe.RunAsync(run, ct).ConfigureAwait(false);
        pageSizes.AddRange(await UserSkillsProbe.RunAsync(run, ct).ConfigureAwait(false));
        var search = await UserSearchProbe.RunAsync(run, ct).ConfigureAwait(false);
        var byId = await UsersByIdProbe.RunAsync(run, ct).ConfigureAwait(false);
        var expands = await UserExpandProbe.RunAsync(run, ct).ConfigureAwait(false);
        var group = await GroupMembershipProbe.RunAsync(run, ct).ConfigureAwait(false);
        var analytics = await AnalyticsProbe.RunAsync(run, ct).ConfigureAwait(false);
        var permissions = await PermissionProbe.RunAsync(run, ct).ConfigureAwait(false);

        IEnumerable<ProbeResult> ordered =
        [
            token,
            .. RateLimitProbe.Read(run),
            .. RateLimitWindowProbe.Read(run),
            .. pageSizes,
            .. queue.Where(r => r.Id.StartsWith("page-size", StringComparison.Ordinal)),
            .. search.Where(r => r.Id.StartsWith("page-size", StringComparison.Ordinal)),
            .. analytics.Where(r => r.Id.StartsWith("page-size", StringComparison.Ordinal)),
            .. search.Where(r => !r.Id.StartsWith("page-size", StringComparison.Ordinal)),
            byId,
            .. expands,
            .. group,
            .. queue.Where(r => !r.Id.StartsWith("page-size", StringComparison.Ordinal)),
            .. analytics.Where(r => !r.Id.StartsWith("page-size", StringComparison.Ordinal)),
            .. permissions,
        ];
        return new OrgCheckReport([.. ordered], _api.CallCount - callsBefore);
    }
}
