using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using GenesysCloud.Bulk.Http;
using GenesysCloud.Bulk.Resolution;

namespace GenesysCloud.Bulk.Targets;

/// <summary>
/// A routing skill across users: one call per user (the per-user bulk PATCH sets the proficiency; DELETE removes).
/// The state is read for 100 users per call.
/// </summary>
internal sealed class SkillTarget(ApiCaller api, BulkOperation operation, string id) : BulkTarget(api, operation, id)
{
    private const int UsersPerRead = 100;

    public override int BatchSize => 1;

    public override async Task LoadAsync(CancellationToken ct)
    {
        var query = new Dictionary<string, string?> { ["id"] = Id };
        foreach (var skill in WireJson.Array(await Api.GetAsync("/api/v2/routing/skills", query, "Reading the routing skill", ct), "entities"))
        {
            if (string.Equals(WireJson.String(skill, "id"), Id, StringComparison.OrdinalIgnoreCase))
            {
                Name = WireJson.String(skill, "name") ?? Id;
                return;
            }
        }

        throw new BulkTargetNotFoundException($"Routing skill {Id} was not found.");
    }

    /// <summary>
    /// Skills of up to 100 users per call (<c>GET /api/v2/users?id=…&amp;expand=skills</c>); users the listing does not
    /// cover (no <c>skills</c> field returned) are read one by one.
    /// </summary>
    public override async Task<IReadOnlyDictionary<string, double?>> ReadStateAsync(IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var state = new ConcurrentDictionary<string, double?>(StringComparer.OrdinalIgnoreCase);
        var unread = new ConcurrentBag<string>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ApiCaller.MaxConcurrentReads, CancellationToken = ct };
        await Parallel.ForEachAsync(userIds.Chunk(UsersPerRead), parallel, async (ids, token) =>
        {
            var endpoint = "/api/v2/users?" + string.Join('&', ids.Select(id => $"id={Uri.EscapeDataString(id)}"));
            var query = new Dictionary<string, string?> { ["pageSize"] = UsersPerRead.ToString(CultureInfo.InvariantCulture), ["expand"] = "skills" };
            var read = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var user in WireJson.Array(await Api.GetAsync(endpoint, query, "Reading users' skills", token), "entities"))
            {
                if (WireJson.String(user, "id") is not { } userId || !user.TryGetProperty("skills", out _)) continue;
                read.Add(userId);
                if (WireJson.Array(user, "skills").Select(ThisSkill).OfType<SkillLevel>().FirstOrDefault() is { } level) state[userId] = level.Proficiency;
            }

            foreach (var id in ids.Where(id => !read.Contains(id))) unread.Add(id);
        });
        await Parallel.ForEachAsync(unread, parallel, async (userId, token) =>
        {
            var endpoint = $"/api/v2/users/{Uri.EscapeDataString(userId)}/routingskills";
            var levels = await Api.GetAllAsync(endpoint, MemberPageSize, ThisSkill, "Reading a user's skills", token);
            if (levels.Count > 0) state[userId] = levels[0].Proficiency;
        });
        return state;
    }

    public override async Task<ApiResponse<JsonElement>> SendAsync(IReadOnlyList<BulkJobItem> batch, CancellationToken ct)
    {
        var item = batch.Single();
        var userSkills = $"/api/v2/users/{Uri.EscapeDataString(item.UserId!)}/routingskills";
        var sets = Operation == BulkOperation.AssignSkill || item.Proficiency is not null;
        if (sets)
        {
            var body = new[] { new { id = Id, proficiency = item.Proficiency } };
            return await Api.SendAsync((client, token) => client.PatchAsync($"{userSkills}/bulk", body, token), ct);
        }

        var removed = await Api.SendAsync((client, token) => client.DeleteAsync($"{userSkills}/{Uri.EscapeDataString(Id)}", null, token), ct);
        return removed.StatusCode == 404 ? removed with { Success = true } : removed;
    }

    private SkillLevel? ThisSkill(JsonElement skill) =>
        string.Equals(WireJson.String(skill, "id"), Id, StringComparison.OrdinalIgnoreCase) ? new SkillLevel(WireJson.Double(skill, "proficiency")) : null;

    private sealed record SkillLevel(double? Proficiency);
}
