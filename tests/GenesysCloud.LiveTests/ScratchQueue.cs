namespace GenesysCloud.LiveTests;

/// <summary>Finds the scratch queue by id or exact name, and puts the scratch user's membership back as it was.</summary>
public static class ScratchQueue
{
    public static async Task<Queue> ResolveAsync(GenesysCloudApi api, string idOrName, CancellationToken ct = default)
    {
        var byId = await api.Queues.GetAsync(idOrName, ct);
        if (byId is { Success: true, Data: { } queue })
            return queue;
        var byName = (await api.Queues.SearchAsync(idOrName, ct)).Where(q => string.Equals(q.Name, idOrName, StringComparison.OrdinalIgnoreCase)).ToList();
        return byName.Count == 1
            ? byName[0]
            : throw new InvalidOperationException($"{LiveOrg.ScratchQueueVariable}='{idOrName}' matches {byName.Count} queues by name and none by id.");
    }

    /// <summary>The queue's individual members with their ring numbers.</summary>
    public static async Task<Dictionary<string, int?>> IndividualRingsAsync(GenesysCloudApi api, string queueId, CancellationToken ct = default) =>
        (await api.Queues.GetMembersAsync(queueId, QueueMemberFilter.Individuals, ct)).ToDictionary(m => m.Id, m => m.RingNumber, StringComparer.Ordinal);
}
