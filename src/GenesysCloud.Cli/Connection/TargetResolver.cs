namespace GenesysCloud.Cli.Connection;

/// <summary>
/// Finds the group, queue or skill named by an option value: an exact id first, else an exact name
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
            _ => ResolveSkillAsync(api, value, ct),
        };
    }

    public static string OptionName(TargetKind kind) => kind switch
    {
        TargetKind.Group => "--group",
        TargetKind.Queue => "--queue",
        _ => "--skill",
    };

    private static async Task<ResolvedTarget> ResolveGroupAsync(GenesysCloudApi api, string value, CancellationToken ct)
    {
        if (Guid.TryParse(value, out _))
        {
            var byId = await api.Groups.GetAsync(value, ct);
            if (byId is { Success: true, Data: { } group })
                return new ResolvedTarget(TargetKind.Group, group.Id, group.Name ?? group.Id);
        }

        var found = await api.Groups.SearchAsync(value, ct);
        return Single(TargetKind.Group, value, found.Select(g => (g.Id, g.Name ?? "")));
    }

    private static async Task<ResolvedTarget> ResolveQueueAsync(GenesysCloudApi api, string value, CancellationToken ct)
    {
        if (Guid.TryParse(value, out _))
        {
            var byId = await api.Queues.GetAsync(value, ct);
            if (byId is { Success: true, Data: { } queue })
                return new ResolvedTarget(TargetKind.Queue, queue.Id, queue.Name ?? queue.Id);
        }

        var found = await api.Queues.SearchAsync(value, ct);
        return Single(TargetKind.Queue, value, found.Select(q => (q.Id, q.Name ?? "")));
    }

    private static async Task<ResolvedTarget> ResolveSkillAsync(GenesysCloudApi api, string value, CancellationToken ct)
    {
        var skills = await api.Routing.GetSkillsAsync(ct);
        var byId = skills.FirstOrDefault(s => string.Equals(s.Id, value, StringComparison.OrdinalIgnoreCase));
        if (byId is not null)
            return new ResolvedTarget(TargetKind.Skill, byId.Id, byId.Name ?? byId.Id);
        return Single(TargetKind.Skill, value, skills.Select(s => (s.Id, s.Name ?? "")));
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
