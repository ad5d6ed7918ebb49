using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Emulator.Org;

/// <summary>
/// The mutable side of a queue: individual members, member groups, each member's joined state and ring
/// number, and join/unjoin requests that have not taken effect yet. Used under the state lock.
/// </summary>
internal sealed class QueueEntry(EmulatorQueue seed, IEnumerable<string> individualIds, IEnumerable<string>? memberGroupIds = null)
{
    private readonly Dictionary<string, QueueMemberSettings> _settings = new(StringComparer.Ordinal);
    private readonly List<PendingQueueMemberUpdate> _pending = [];
    private readonly Dictionary<string, DateTimeOffset> _addedAt = new(StringComparer.Ordinal);

    public EmulatorQueue Seed { get; } = seed;

    /// <summary>Members added one by one (<c>memberBy: user</c>): the only ones <c>POST …/members</c> changes.</summary>
    public OrderedIdSet Members { get; } = new(individualIds);

    /// <summary>Groups whose people are members (<c>memberBy: group</c>), changed only with a full PUT of the queue.</summary>
    public OrderedIdSet MemberGroups { get; } = new(memberGroupIds ?? []);

    /// <summary>Joined state and ring number of a member; a member without settings is joined with ring number 1.</summary>
    public QueueMemberSettings SettingsOf(string userId) => _settings.GetValueOrDefault(userId, QueueMemberSettings.Default);

    public void SetSettings(string userId, QueueMemberSettings settings) => _settings[userId] = settings;

    /// <summary>Notes when members were added through the API (seeded members have no time).</summary>
    public void NoteAdded(IEnumerable<string> userIds, DateTimeOffset at)
    {
        foreach (var userId in userIds)
            _addedAt[userId] = at;
    }

    /// <summary>True when <paramref name="userId"/> was added through the API less than <paramref name="window"/> before <paramref name="now"/>.</summary>
    public bool AddedWithin(string userId, TimeSpan window, DateTimeOffset now) =>
        _addedAt.TryGetValue(userId, out var at) && now - at < window;

    public void Schedule(PendingQueueMemberUpdate update) => _pending.Add(update);

    public bool HasDue(DateTimeOffset now) => _pending.Exists(p => p.DueAt <= now);

    /// <summary>Applies the updates that are due; an update for someone no longer a member is dropped.</summary>
    public void ApplyDue(DateTimeOffset now, Func<string, bool> isMember)
    {
        var due = _pending.Where(p => p.DueAt <= now).ToList();
        foreach (var update in due)
        {
            _pending.Remove(update);
            if (isMember(update.UserId))
                _settings[update.UserId] = update.Apply(SettingsOf(update.UserId));
        }
    }

    public EmulatorQueue Snapshot(int memberCount, int joinedCount) => Seed with
    {
        MemberCount = memberCount,
        UserMemberCount = Members.Count,
        JoinedMemberCount = joinedCount,
        MemberGroupIds = [.. MemberGroups.All()],
    };
}
