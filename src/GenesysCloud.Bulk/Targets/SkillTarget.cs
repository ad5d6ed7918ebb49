using System.Collections.Concurrent;
using System.Text.Json;

namespace GenesysCloud.Bulk.Targets;

/// <summary>
/// A routing skill across users: one call per user (the per-user bulk PATCH sets the proficiency; DELETE removes).
/// The state is read for 100 users per call with <c>expand=skills</c>; users that listing leaves without skills (expand
/// is best effort) are read one by one, 50 skills per page.
/// </summary>
internal sealed class SkillTarget(GenesysCloudApi api, BulkOperation operation, string id) : BulkTarget(api, operation, id)
{
    private static readonly string[] ExpandSkills = ["skills"];

    public override int BatchSize => 1;

    public override async Task LoadAsync(CancellationToken ct)
    {
        var skill = await Api.Routing.FindSkillAsync(Id, ct) ?? throw new BulkTargetNotFoundException($"Routing skill {Id} was not found.");
        Name = skill.Name ?? Id;
    }

    public override async Task<IReadOnlyDictionary<string, double?>> ReadStateAsync(IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var state = new ConcurrentDictionary<string, double?>(StringComparer.OrdinalIgnoreCase);
        var unread = new ConcurrentBag<string>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentReads, CancellationToken = ct };
        await Parallel.ForEachAsync(userIds.Chunk(UsersApi.MaxIdsPerCall), parallel, async (ids, token) =>
        {
            var read = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var user in await Api.Users.GetByIdsAsync(ids, ExpandSkills, token))
            {
                if (user.Skills is not { } skills) continue;
                read.Add(user.Id);
                if (skills.FirstOrDefault(IsThisSkill) is { } level) state[user.Id] = level.Proficiency;
            }

            foreach (var userId in ids.Where(userId => !read.Contains(userId))) unread.Add(userId);
        });
        await Parallel.ForEachAsync(unread, parallel, async (userId, token) =>
        {
            if ((await Api.Routing.GetUserSkillsAsync(userId, token)).FirstOrDefault(IsThisSkill) is { } level) state[userId] = level.Proficiency;
        });
        return state;
    }

    public override async Task<ApiResponse<JsonElement>> SendAsync(IReadOnlyList<BulkJobItem> batch, CancellationToken ct)
    {
        var item = batch.Single();
        if (Operation == BulkOperation.AssignSkill || item.Proficiency is not null)
            return await Api.Routing.PatchUserSkillsBatchAsync(item.UserId!, [(Id, item.Proficiency!.Value)], ct);

        var removed = await Api.Routing.RemoveUserSkillAsync(item.UserId!, Id, ct);
        return removed.StatusCode == 404 ? removed with { Success = true } : removed;
    }

    private bool IsThisSkill(UserRoutingSkill skill) => string.Equals(skill.Id, Id, StringComparison.OrdinalIgnoreCase);
}
