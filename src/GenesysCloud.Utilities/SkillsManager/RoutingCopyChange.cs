using GenesysCloud.Bulk;
using GenesysCloud.Utilities.Workflow;

namespace GenesysCloud.Utilities.SkillsManager;

/// <summary>
/// Copying one person's skills and languages to others as a change of the shared workflow: the people come from any of
/// its inputs, the preview has one row per person ("gives 3 skills, removes 1 language"), and the job has one item per
/// person × skill or language, each previous proficiency journaled so undo is exact.
/// </summary>
public static class RoutingCopyChange
{
    /// <summary>The change that copies <paramref name="source"/>'s skills and/or languages (<paramref name="what"/>) to the people planned.</summary>
    /// <param name="utility">The utility, for the journal.</param>
    /// <param name="source">The person copied from (the job's target).</param>
    /// <param name="what">Skills, languages, and whether the others are made identical.</param>
    /// <param name="items">Every skill and language of the org, so a row says which kind each change is.</param>
    public static BulkChange For(string utility, User source, RoutingCopyOptions what, IEnumerable<RoutingItem> items)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(what);
        ArgumentNullException.ThrowIfNull(items);
        var kinds = items.ToDictionary(i => i.Id, i => i.Kind, StringComparer.OrdinalIgnoreCase);
        var copied = what switch
        {
            { Skills: true, Languages: true } => "skills and languages",
            { Languages: true } => "languages",
            _ => "skills",
        };
        return new BulkChange(utility, $"Copy the {copied} of '{source.Name ?? source.Email ?? source.Id}'{(what.Identical ? " (make identical)" : "")}",
            source.Id, ids => new BulkRequest(BulkOperation.CopyRouting, source.Id, ids) { Copy = what })
        {
            Wording = new("Will change", "Already so", "Changed", "change"),
            SummarizeRow = changes => Summary(changes, kinds),
        };
    }

    /// <summary>What one person's changes do: "gives 2 skills and 1 language, changes 1 skill, removes 1 language".</summary>
    public static string Summary(IReadOnlyList<BulkPlanItem> changes, IReadOnlyDictionary<string, RoutingKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(kinds);
        string Verb(BulkPlanItem item) => item.Proficiency is null ? "removes" : item.WasPresent ? "changes" : "gives";
        string Noun(BulkPlanItem item) => item.TargetId is { } id && kinds.TryGetValue(id, out var kind) ? kind.Noun() : "item";
        string[] order = ["gives", "changes", "removes", "skill", "language", "item"];
        return string.Join(", ", changes.GroupBy(Verb).OrderBy(g => Array.IndexOf(order, g.Key)).Select(verb =>
            $"{verb.Key} {string.Join(" and ", verb.GroupBy(Noun).OrderBy(n => Array.IndexOf(order, n.Key)).Select(n => Plural.Of(n.Count(), n.Key)))}"));
    }
}
