using System.Globalization;
using System.Text.Json;

namespace GenesysCloud.Diagnostics;

/// <summary>
/// Does <c>/groups/{id}/individuals</c> exist, and does it leave out the owners and rule members that
/// <c>/groups/{id}/members</c> lists? The suite diffs group membership against individuals (FACTS §3).
/// </summary>
internal static class GroupMembershipProbe
{
    private const int PageSize = PageSizes.Default;
    private const int MaxCandidates = 3;
    private const string ExistsAssumption = "GET /api/v2/groups/{groupId}/individuals lists a group's individual members; the suite diffs against it.";
    private const string DiffersAssumption = "/members also lists owners and people included by rules; /individuals does not.";

    public static async Task<IReadOnlyList<ProbeResult>> RunAsync(ProbeRun run, CancellationToken ct)
    {
        var candidates = Candidates(run);
        if (candidates.Count == 0)
        {
            const string none = "The org has no group to read.";
            return
            [
                Skip("group.individuals", ExistsAssumption, none),
                Skip("group.individuals-differ", DiffersAssumption, none),
            ];
        }

        // A group whose owners are all members and that has no rules shows no difference: try a few.
        Reading? reading = null;
        foreach (var groupId in candidates)
        {
            reading = await ReadAsync(run, groupId, ct).ConfigureAwait(false);
            if (!reading.Individuals.Success || !reading.Members.Success || Total(reading.Members.Data) != Total(reading.Individuals.Data))
                break;
        }
        return [Exists(reading!.Label, reading.Individuals), Differs(reading.Label, reading.Individuals, reading.Members)];
    }

    private static async Task<Reading> ReadAsync(ProbeRun run, string groupId, CancellationToken ct)
    {
        var group = await run.Calls.GetAsync(ProbeEndpoints.Group, ProbeEndpoints.Path(ProbeEndpoints.Group, groupId), null, ct)
            .ConfigureAwait(false);
        var label = ProbeJson.String(group.Data, "name") is { } name ? $"'{name}'" : groupId;
        var query = PageSizeProbe.Query(PageSize);
        var individuals = await run.Calls.GetAsync(ProbeEndpoints.GroupIndividuals,
            ProbeEndpoints.Path(ProbeEndpoints.GroupIndividuals, groupId), query, ct).ConfigureAwait(false);
        var members = await run.Calls.GetAsync(ProbeEndpoints.GroupMembers,
            ProbeEndpoints.Path(ProbeEndpoints.GroupMembers, groupId), query, ct).ConfigureAwait(false);
        return new Reading(label, individuals, members);
    }

    /// <summary>The chosen group, or up to <see cref="MaxCandidates"/> groups, those with owners first, then those with members.</summary>
    private static IReadOnlyList<string> Candidates(ProbeRun run)
    {
        if (run.Options.GroupId is { Length: > 0 } chosen)
            return [chosen.Trim()];
        return
        [
            .. run.Groups.Where(g => ProbeJson.Array(g, "owners").Count > 0)
                .Concat(run.Groups.Where(g => ProbeJson.Number(g, "memberCount") > 0))
                .Concat(run.Groups)
                .Select(g => ProbeJson.String(g, "id")).OfType<string>()
                .Distinct(StringComparer.Ordinal).Take(MaxCandidates),
        ];
    }

    private static ProbeResult Exists(string label, ApiResponse<JsonElement> individuals)
    {
        const string name = "Group individuals endpoint";
        if (individuals.Success)
        {
            return new ProbeResult("group.individuals", name, ProbeStatus.Pass, ExistsAssumption,
                $"group {label}: {ProbeJson.Count(Total(individuals.Data), "individual member", "individual members")}.",
                "Adds and removes are planned against the group's individual members.");
        }
        if (individuals.StatusCode == 403)
            return PageSizeProbe.Forbidden("group.individuals", name, ExistsAssumption, individuals);
        return new ProbeResult("group.individuals", name, ProbeStatus.Fail, ExistsAssumption,
            $"group {label}: {ProbeJson.Describe(individuals)}.",
            "Group jobs cannot read who is an individual member: their plans would be wrong, so do not run them on this org.");
    }

    private static ProbeResult Differs(string label, ApiResponse<JsonElement> individuals, ApiResponse<JsonElement> members)
    {
        const string name = "Group individuals exclude owners and rule members";
        if (!individuals.Success || !members.Success)
        {
            var failed = individuals.Success ? members : individuals;
            var which = individuals.Success ? "/members" : "/individuals";
            return new ProbeResult("group.individuals-differ", name, ProbeStatus.Skip, DiffersAssumption,
                $"group {label}: {which} answered {ProbeJson.Describe(failed)}.", "Not compared.");
        }

        long individualCount = Total(individuals.Data), memberCount = Total(members.Data);
        var individualIds = Ids(individuals.Data);
        var memberIds = Ids(members.Data);
        var bothComplete = individualCount <= PageSize && memberCount <= PageSize;
        var notInMembers = bothComplete ? individualIds.Except(memberIds).Count() : 0;
        var observed = $"group {label}: /members lists {memberCount.ToString(CultureInfo.InvariantCulture)}, " +
                       $"/individuals {individualCount.ToString(CultureInfo.InvariantCulture)}";
        if (memberCount < individualCount || notInMembers > 0)
        {
            return new ProbeResult("group.individuals-differ", name, ProbeStatus.Fail, DiffersAssumption,
                observed + (notInMembers > 0 ? $"; {notInMembers.ToString(CultureInfo.InvariantCulture)} individuals are missing from /members." : "."),
                "The two listings do not relate as documented: previews may call individual members owners or rule members, or the reverse.");
        }
        if (memberCount == individualCount)
        {
            return new ProbeResult("group.individuals-differ", name, ProbeStatus.Warn, DiffersAssumption,
                observed + ": this group has no owners or rule members to tell them apart.",
                "Not shown on this org yet: check again naming a group that has owners who are not members or membership rules.");
        }
        return new ProbeResult("group.individuals-differ", name, ProbeStatus.Pass, DiffersAssumption,
            observed + $": {ProbeJson.Count(memberCount - individualCount, "owner or rule member is", "owners or rule members are")} left out of /individuals.",
            "Owners and rule members are not counted as members: adds reach them and removes are not sent for them.");
    }

    private static ProbeResult Skip(string id, string assumption, string observed) =>
        new(id, id == "group.individuals" ? "Group individuals endpoint" : "Group individuals exclude owners and rule members",
            ProbeStatus.Skip, assumption, observed, "Not checked.");

    private sealed record Reading(string Label, ApiResponse<JsonElement> Individuals, ApiResponse<JsonElement> Members);

    private static long Total(JsonElement listing) => ProbeJson.Number(listing, "total") ?? ProbeJson.Array(listing, "entities").Count;

    private static HashSet<string> Ids(JsonElement listing) =>
        [.. ProbeJson.Array(listing, "entities").Select(e => ProbeJson.String(e, "id")).OfType<string>()];
}
