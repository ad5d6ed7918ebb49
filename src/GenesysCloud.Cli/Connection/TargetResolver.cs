namespace GenesysCloud.Cli.Connection;

/// <summary>
/// Finds the group, queue, skill or language named by an option value: an exact id first, else an exact name
/// (case-insensitive). Unknown or ambiguous names are bad input naming the option.
/// </summary>
public static class TargetResolver
{
    public static Task<ResolvedTarget> ResolveAsync(GenesysCloudApi api, TargetKind kind, string nameOrId, CancellationToken ct)
    {
        var value = nameOrId.Trim();
        if (value.Length == 0)
            throw new CliInputException($"{OptionName(kind)}: a name or id is required.");
        return kind switch
        {
            TargetKind.Group => ResolveGroupAsync(api, value, ct),
            TargetKind.Queue => ResolveQueueAsync(api, value, ct),
            TargetKind.Language => ResolveLanguageAsync(api, value, ct),
            _ => ResolveSkillAsync(api, value, ct),
        };
    }

    public static string OptionName(TargetKind kind) => kind switch
    {
        TargetKind.Group => "--group",
        TargetKind.Queue => "--queue",
        TargetKind.Language => "--language",
        _ => "--skill",
    };

    private static Task<ResolvedTarget> ResolveGroupAsync(GenesysCloudApi api, string value, CancellationToken ct) =>
        ByIdThenNameAsync(
            TargetKind.Group, value, () => api.Groups.GetAsync(value, ct), () => api.Groups.SearchAsync(value, ct), g => (g.Id, g.Name));

    private static Task<ResolvedTarget> ResolveQueueAsync(GenesysCloudApi api, string value, CancellationToken ct) =>
        ByIdThenNameAsync(
            TargetKind.Queue, value, () => api.Queues.GetAsync(value, ct), () => api.Queues.SearchAsync(value, ct), q => (q.Id, q.Name));

    /// <summary>An id-shaped value is read directly; otherwise (or when that fails) the name is searched.</summary>
    private static async Task<ResolvedTarget> ByIdThenNameAsync<T>(
        TargetKind kind,
        string value,
        Func<Task<ApiResponse<T>>> getById,
        Func<Task<IReadOnlyList<T>>> searchByName,
        Func<T, (string Id, string? Name)> describe)
    {
        if (Guid.TryParse(value, out _) && await getById() is { Success: true, Data: { } found })
        {
            var (id, name) = describe(found);
            return new ResolvedTarget(kind, id, name ?? id);
        }

        var candidates = await searchByName();
        return Single(kind, value, candidates.Select(c => describe(c)).Select(c => (c.Id, c.Name ?? "")));
    }

    private static async Task<ResolvedTarget> ResolveSkillAsync(GenesysCloudApi api, string value, CancellationToken ct) =>
        FromList(TargetKind.Skill, value, (await api.Routing.GetSkillsAsync(ct)).Select(s => (s.Id, s.Name ?? "")));

    private static async Task<ResolvedTarget> ResolveLanguageAsync(GenesysCloudApi api, string value, CancellationToken ct) =>
        FromList(TargetKind.Language, value, (await api.Routing.GetLanguagesAsync(ct)).Select(l => (l.Id, l.Name ?? "")));

    /// <summary>An exact id of the list first, else a single exact name.</summary>
    private static ResolvedTarget FromList(TargetKind kind, string value, IEnumerable<(string Id, string Name)> all)
    {
        var list = all.ToList();
        var byId = list.FirstOrDefault(s => string.Equals(s.Id, value, StringComparison.OrdinalIgnoreCase));
        return byId.Id is not null ? new ResolvedTarget(kind, byId.Id, byId.Name.Length > 0 ? byId.Name : byId.Id) : Single(kind, value, list);
    }

    private static ResolvedTarget Single(TargetKind kind, string value, IEnumerable<(string Id, string Name)> candidates)
    {
        var matches = candidates
            .Where(c => string.Equals(c.Name, value, StringComparison.OrdinalIgnoreCase) || c.Id == value)
            .DistinctBy(c => c.Id)
            .ToList();
        var noun = kind.ToString().ToLowerInvariant();
        return matches.Count switch
        {
            1 => new ResolvedTarget(kind, matches[0].Id, matches[0].Name),
            0 => throw new CliInputException($"{OptionName(kind)}: no {noun} named or with id '{value}'."),
            _ => throw new CliInputException(
                $"{OptionName(kind)}: {matches.Count} {noun}s are named '{value}'; pass one of these ids instead: "
                + string.Join(", ", matches.Select(m => m.Id)) + "."),
        };
    }
}
