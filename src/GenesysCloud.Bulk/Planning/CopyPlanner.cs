using System.Globalization;
using GenesysCloud.Bulk.Targets;

namespace GenesysCloud.Bulk.Planning;

/// <summary>
/// The items of a copy (<see cref="BulkOperation.CopyRouting"/>): for each person found, one item per skill or language of
/// the person copied from (set at their proficiency, or already so), and when making them identical one removal per skill or
/// language of the copied kinds the person copied from does not have. The holdings of everyone, the source included, are
/// read together (100 people per call). Inputs that found nobody keep their one item. Every item keeps its person's input line.
/// </summary>
internal static class CopyPlanner
{
    public static async Task<BulkPlanItem[]> ItemsAsync(RoutingCopyTarget target, RoutingCopyOptions options, IReadOnlyList<BulkPlanItem?> resolved,
        IReadOnlyList<(int Index, string Raw, UserSummary User)> found, IReadOnlyList<int?>? lines, CancellationToken ct)
    {
        var holdings = await target.ReadHoldingsAsync([target.Id, .. found.Select(f => f.User.Id)], ct);
        bool Copied(string routingId) => target.Describe(routingId)?.Kind is { } kind
            && (kind == ProficiencyKind.Skill ? options.Skills : options.Languages);
        var profile = holdings.GetValueOrDefault(target.Id)?.Where(h => Copied(h.Key) && h.Value is not null)
            .OrderBy(h => target.Describe(h.Key)!.Value.Kind.Noun, StringComparer.Ordinal).ThenBy(h => target.Describe(h.Key)!.Value.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(h => (Id: h.Key, Proficiency: h.Value!.Value)).ToList() ?? [];
        var byIndex = found.ToDictionary(f => f.Index);

        var items = new List<BulkPlanItem>();
        for (var input = 0; input < resolved.Count; input++)
        {
            var line = lines?[input];
            if (!byIndex.TryGetValue(input, out var person))
            {
                items.Add(resolved[input]! with { Index = items.Count, Line = line });
                continue;
            }

            var first = items.Count;
            var user = person.User;
            var held = holdings.GetValueOrDefault(user.Id) ?? new Dictionary<string, double?>();
            if (string.Equals(user.Id, target.Id, StringComparison.OrdinalIgnoreCase))
            {
                items.Add(Item(items.Count, person, BulkItemAction.NotApplicable) with { Note = "the person copied from", Line = line });
                continue;
            }

            foreach (var (routingId, level) in profile)
            {
                var had = held.TryGetValue(routingId, out var before);
                items.Add(Item(items.Count, person, had && before == level ? BulkItemAction.AlreadyDone : BulkItemAction.WillChange) with
                {
                    TargetId = routingId,
                    Proficiency = level,
                    WasPresent = had,
                    ProficiencyBefore = before,
                    Note = had ? $"{What(target, routingId)}: {Level(before)} → {Level(level)}" : $"{What(target, routingId)}: given at {Level(level)}",
                });
            }

            if (options.Identical)
            {
                var kept = profile.Select(p => p.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
                foreach (var (routingId, before) in held.Where(h => Copied(h.Key) && !kept.Contains(h.Key)))
                {
                    items.Add(Item(items.Count, person, BulkItemAction.WillChange) with
                    {
                        TargetId = routingId,
                        WasPresent = true,
                        ProficiencyBefore = before,
                        Note = $"{What(target, routingId)}: removed (was {Level(before)})",
                    });
                }
            }

            if (items.Count == first)
                items.Add(Item(items.Count, person, BulkItemAction.AlreadyDone) with { Note = "nothing to copy: the person copied from has none of these" });
            for (var i = first; i < items.Count; i++) items[i] = items[i] with { Line = line };
        }

        return [.. items];
    }

    private static BulkPlanItem Item(int index, (int Index, string Raw, UserSummary User) person, BulkItemAction action) =>
        new(index, person.Raw, person.User.Id, action) { UserName = person.User.Name };

    private static string What(RoutingCopyTarget target, string routingId) =>
        target.Describe(routingId) is { } found ? $"{found.Kind.Noun} '{found.Name}'" : routingId;

    private static string Level(double? proficiency) => proficiency?.ToString(CultureInfo.InvariantCulture) ?? "no level";
}
