using System.Globalization;
using System.Text.Json;

namespace GenesysCloud.Diagnostics;

/// <summary>
/// Queue members at the page maximum (100), and does <c>memberBy=user|group</c> separate individual members
/// from people who are members through a member group? The suite diffs queues with <c>memberBy=user</c> (FACTS §4).
/// </summary>
internal static class QueueMembershipProbe
{
    public const int MemberPageMaximum = PageSizes.Default;
    private const string Assumption = "memberBy=user lists only individual queue members; memberBy=group lists the members through a group.";
    private const string Name = "Queue members filtered by memberBy";

    public static async Task<IReadOnlyList<ProbeResult>> RunAsync(ProbeRun run, CancellationToken ct)
    {
        if (PickQueue(run) is not { } queueId)
        {
            return
            [
                new ProbeResult("page-size.queue-members", $"Page size {MemberPageMaximum} on {ProbeEndpoints.QueueMembers}", ProbeStatus.Skip,
                    $"{ProbeEndpoints.QueueMembers} accepts pageSize {MemberPageMaximum}.", "The org has no queue to read.", "Not checked."),
                new ProbeResult("queue.member-by", Name, ProbeStatus.Skip, Assumption, "The org has no queue to read.", "Not checked."),
            ];
        }

        var path = ProbeEndpoints.Path(ProbeEndpoints.QueueMembers, queueId);
        var (pageResults, all) = await PageSizeProbe.GetListAsync(run, "queue-members", ProbeEndpoints.QueueMembers, path,
            new(MemberPageMaximum, "queue member", "queue members"), ct).ConfigureAwait(false);
        var byUser = await ReadAsync(run, path, "user", ct).ConfigureAwait(false);
        var byGroup = await ReadAsync(run, path, "group", ct).ConfigureAwait(false);
        var label = run.Queues.FirstOrDefault(q => ProbeJson.String(q, "id") == queueId) is { ValueKind: JsonValueKind.Object } queue
            && ProbeJson.String(queue, "name") is { } name ? $"'{name}'" : queueId;
        return [.. pageResults, MemberBy(label, all, byUser, byGroup)];
    }

    private static string? PickQueue(ProbeRun run)
    {
        if (run.Options.QueueId is { Length: > 0 } chosen)
            return chosen.Trim();
        var queues = run.Queues;
        var pick = queues.FirstOrDefault(q => ProbeJson.Array(q, "memberGroups").Count > 0)
            is { ValueKind: JsonValueKind.Object } withGroups ? withGroups
            : queues.FirstOrDefault(q => ProbeJson.Number(q, "memberCount") > 0) is { ValueKind: JsonValueKind.Object } withMembers ? withMembers
            : queues.FirstOrDefault();
        return ProbeJson.String(pick, "id");
    }

    private static Task<ApiResponse<JsonElement>> ReadAsync(ProbeRun run, string path, string memberBy, CancellationToken ct)
    {
        var query = PageSizeProbe.Query(MemberPageMaximum);
        query["memberBy"] = memberBy;
        return run.Calls.GetAsync(ProbeEndpoints.QueueMembers, path, query, ct);
    }

    private static ProbeResult MemberBy(string label, ApiResponse<JsonElement> all, ApiResponse<JsonElement> byUser, ApiResponse<JsonElement> byGroup)
    {
        foreach (var (answer, filter) in new[] { (byUser, "user"), (byGroup, "group") })
        {
            if (answer.Success)
                continue;
            return answer.StatusCode == 403
                ? PageSizeProbe.Forbidden("queue.member-by", Name, Assumption, answer)
                : new ProbeResult("queue.member-by", Name, ProbeStatus.Fail, Assumption,
                    $"queue {label}: memberBy={filter} answered {ProbeJson.Describe(answer)}.",
                    "The suite cannot tell individual queue members from members through a group: queue diffs would be wrong.");
        }

        var users = ProbeJson.Array(byUser.Data, "entities");
        var groupMembers = ProbeJson.Array(byGroup.Data, "entities");
        var total = all.Success ? ProbeJson.Array(all.Data, "entities").Count : -1;
        // Someone both added individually and reached through a group may be listed under memberBy=group as "user";
        // a "group" entry under memberBy=user means the filter was ignored.
        var wrongInUser = users.Count(m => ProbeJson.String(m, "memberBy") is { } by && by != "user");
        var observed = $"queue {label}: memberBy=user {users.Count.ToString(CultureInfo.InvariantCulture)}, " +
                       $"memberBy=group {groupMembers.Count.ToString(CultureInfo.InvariantCulture)}" +
                       (total >= 0 ? $", unfiltered {total.ToString(CultureInfo.InvariantCulture)}" : "") + " (first pages)";
        if (wrongInUser > 0)
        {
            return new ProbeResult("queue.member-by", Name, ProbeStatus.Fail, Assumption,
                observed + $"; memberBy=user lists {wrongInUser.ToString(CultureInfo.InvariantCulture)} members by group.",
                "The filter is ignored: removing a member through a group would be reported done while they stay in the queue.");
        }
        if (groupMembers.Count == 0)
        {
            return new ProbeResult("queue.member-by", Name, ProbeStatus.Warn, Assumption,
                observed + ": this queue has no members through groups.",
                "The filter is accepted but its effect is not visible here: check again naming a queue that has member groups.");
        }
        return new ProbeResult("queue.member-by", Name, ProbeStatus.Pass, Assumption, observed + ".",
            "Queue diffs see only individual members; people in the queue through a group are reported as such, never as removed.");
    }
}
