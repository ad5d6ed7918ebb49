using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace GenesysCloud.LiveTests;

/// <summary>
/// The one write the live tests make, on the scratch group only: add two known users, see them among the
/// individual members, remove them, see them gone, and watch the group's version while doing it. Each step's
/// lag is printed, so the closing note can say how the real API behaves.
/// </summary>
public sealed class ScratchGroupRoundTripTests(ITestOutputHelper output)
{
    [LiveFact(ScratchNeeds.Group)]
    public async Task AddThenRemoveTwoUsers_ShowsInIndividualsThenGone_AndTheVersionRises()
    {
        using var api = LiveOrg.Connect();
        var group = await ScratchGroup.ResolveAsync(api, LiveOrg.ScratchGroup!);
        var before = await IndividualIdsAsync(api, group.Id);
        var users = await PickUsersAsync(api, before);
        var versionBefore = group.Version ?? throw new InvalidOperationException($"Group '{group.Name}' has no version.");
        output.WriteLine($"scratch group '{group.Name}' ({group.Id}), version {versionBefore}, {before.Count} individuals; users {string.Join(", ", users)}");

        var added = false;
        try
        {
            var clock = Stopwatch.StartNew();
            var add = await api.Groups.AddMembersAsync(group.Id, users);
            Assert.True(add.Success, $"add: {LiveAnswer.Describe(add)}");
            added = true;
            output.WriteLine($"add answered {add.StatusCode}; rate limit headers: {RateLimit(add)}");

            var reads = await Eventually.HoldsAsync("both users among the individuals",
                async ct => (await IndividualIdsAsync(api, group.Id, ct)).IsSupersetOf(users));
            output.WriteLine($"individuals showed both after {reads} reads, {clock.ElapsedMilliseconds} ms");
            reads = await Eventually.HoldsAsync("the group's version rose after the add",
                async ct => (await api.Groups.GetAsync(group.Id, ct)).Data?.Version > versionBefore);
            var versionAfterAdd = (await api.Groups.GetAsync(group.Id)).Data?.Version;
            output.WriteLine($"version {versionBefore} -> {versionAfterAdd} (seen after {reads} reads, {clock.ElapsedMilliseconds} ms)");

            clock.Restart();
            var remove = await api.Groups.RemoveMembersAsync(group.Id, users);
            Assert.True(remove.Success, $"remove: {LiveAnswer.Describe(remove)}");
            added = false;
            output.WriteLine($"remove answered {remove.StatusCode}; rate limit headers: {RateLimit(remove)}");
            reads = await Eventually.HoldsAsync("both users gone from the individuals",
                async ct => !(await IndividualIdsAsync(api, group.Id, ct)).Overlaps(users));
            output.WriteLine($"individuals dropped both after {reads} reads, {clock.ElapsedMilliseconds} ms");
            var versionAfterRemove = (await api.Groups.GetAsync(group.Id)).Data?.Version;
            output.WriteLine($"version after remove: {versionAfterRemove} (a remove sends no version; whether it bumps one is observed here, not assumed)");
            Assert.Equal(before, await IndividualIdsAsync(api, group.Id));
        }
        finally
        {
            if (added)
                await api.Groups.RemoveMembersAsync(group.Id, users);
        }
    }

    /// <summary>The users named by GENESYS_LIVE_SCRATCH_USERS, else the first two listed who are not individual members yet.</summary>
    private static async Task<IReadOnlyList<string>> PickUsersAsync(GenesysCloudApi api, IReadOnlySet<string> members)
    {
        if (LiveOrg.ScratchUsers is { Count: 2 } named)
        {
            Assert.False(named.Any(members.Contains), $"{LiveOrg.ScratchUsersVariable} names someone already in the scratch group.");
            return named;
        }
        var picked = new List<string>();
        await foreach (var user in api.Users.ListAsync(pageSize: 100, maxPages: 5))
        {
            if (!members.Contains(user.Id) && picked.Count < 2)
                picked.Add(user.Id);
        }
        Assert.True(picked.Count == 2, "The org lists fewer than two users who are not in the scratch group.");
        return picked;
    }

    private static async Task<HashSet<string>> IndividualIdsAsync(GenesysCloudApi api, string groupId, CancellationToken ct = default) =>
        [.. (await api.Groups.GetIndividualsAsync(groupId, ct)).Select(u => u.Id)];

    private static string RateLimit(ApiResponse<JsonElement> response) =>
        response.Headers is { } headers
            ? string.Join(", ", headers.Where(h => h.Key.StartsWith("inin-ratelimit", StringComparison.OrdinalIgnoreCase)).Select(h => $"{h.Key}={h.Value}"))
            : "(none)";
}
