namespace GenesysCloud.LiveTests;

/// <summary>Finds the scratch group by id or exact name.</summary>
public static class ScratchGroup
{
    public static async Task<Group> ResolveAsync(GenesysCloudApi api, string idOrName, CancellationToken ct = default)
    {
        var byId = await api.Groups.GetAsync(idOrName, ct);
        if (byId is { Success: true, Data: { } group })
            return group;
        var byName = (await api.Groups.SearchAsync(idOrName, ct)).Where(g => string.Equals(g.Name, idOrName, StringComparison.OrdinalIgnoreCase)).ToList();
        return byName.Count == 1
            ? byName[0]
            : throw new InvalidOperationException($"{LiveOrg.ScratchGroupVariable}='{idOrName}' matches {byName.Count} groups by name and none by id.");
    }
}
