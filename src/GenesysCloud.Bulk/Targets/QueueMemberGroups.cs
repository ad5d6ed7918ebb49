namespace GenesysCloud.Bulk.Targets;

/// <summary>Why people who are not individual members of a queue are in it all the same: through its member groups.</summary>
internal static class QueueMemberGroups
{
    private const string GroupType = "GROUP";

    /// <summary>
    /// Of <paramref name="absent"/>, those listed with <c>memberBy=group</c>: the group that brings each one is found by
    /// reading the members of the queue's GROUP member groups (teams and skill groups are named together). Nothing is
    /// read when the queue has no member groups.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, IndirectMembership>> ExplainAsync(GenesysCloudApi api, Queue? queue,
        IReadOnlyCollection<string> absent, CancellationToken ct)
    {
        var found = new Dictionary<string, IndirectMembership>(StringComparer.OrdinalIgnoreCase);
        if (absent.Count == 0 || queue?.MemberGroups is not { Count: > 0 } memberGroups) return found;
        var viaGroups = (await api.Queues.GetMembersAsync(queue.Id, QueueMemberFilter.ThroughGroups, ct)).Select(m => m.Id)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var pending = absent.Where(viaGroups.Contains).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var group in memberGroups.Where(g => string.Equals(g.Type, GroupType, StringComparison.OrdinalIgnoreCase)))
        {
            if (pending.Count == 0) break;
            var members = (await api.Groups.GetMembersAsync(group.Id, ct)).Select(u => u.Id);
            foreach (var userId in members.Where(pending.Contains).ToList())
            {
                found[userId] = new IndirectMembership(IndirectKind.ViaGroup, group.Name ?? group.Id);
                pending.Remove(userId);
            }
        }

        var names = string.Join(", ", memberGroups.Select(g => $"'{g.Name ?? g.Id}'"));
        foreach (var userId in pending) found[userId] = new IndirectMembership(IndirectKind.ViaMemberGroups, names);
        return found;
    }
}
