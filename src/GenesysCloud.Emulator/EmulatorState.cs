using System.Collections.Concurrent;
using GenesysCloud.Emulator.Model;
using GenesysCloud.Emulator.Org;

namespace GenesysCloud.Emulator;

/// <summary>
/// The emulated org. Users and the reference data never change after seeding; group and queue
/// members, user skills and conversations change under one lock. Every getter returns a snapshot.
/// </summary>
public sealed class EmulatorState
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<string, EmulatorUser> _usersById;
    private readonly Dictionary<string, EmulatorUser> _usersByEmail;
    private readonly ConcurrentDictionary<string, IReadOnlyList<EmulatorUser>> _usersByState = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<GroupEntry> _groups;
    private readonly Dictionary<string, GroupEntry> _groupsById;
    private readonly IReadOnlyList<QueueEntry> _queues;
    private readonly Dictionary<string, QueueEntry> _queuesById;
    private readonly Dictionary<string, EmulatorSkill> _skillsById;
    private readonly Dictionary<string, Dictionary<string, double>> _userSkills;
    private readonly List<EmulatorConversation> _conversations;
    private readonly Dictionary<string, int> _conversationIndex;
    private readonly HashSet<string> _ghostConversations = new(StringComparer.Ordinal);

    internal EmulatorState(SeededOrg org, TimeProvider time)
    {
        _time = time;
        Division = org.Division;
        Users = Array.AsReadOnly(org.Users);
        _usersById = org.Users.ToDictionary(u => u.Id, StringComparer.Ordinal);
        _usersByEmail = org.Users.ToDictionary(u => u.Email, StringComparer.OrdinalIgnoreCase);
        _groups = org.Groups;
        _groupsById = org.Groups.ToDictionary(g => g.Seed.Id, StringComparer.Ordinal);
        _queues = org.Queues;
        _queuesById = org.Queues.ToDictionary(q => q.Seed.Id, StringComparer.Ordinal);
        Skills = org.Skills;
        _skillsById = org.Skills.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Languages = org.Languages;
        WrapupCodes = org.WrapupCodes;
        _userSkills = org.UserSkills;
        _conversations = [.. org.Conversations.OrderBy(c => c.StartTime)];
        _conversationIndex = _conversations.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The org's only division ("Home").</summary>
    public EmulatorDivision Division { get; }

    /// <summary>All users ordered by name.</summary>
    public IReadOnlyList<EmulatorUser> Users { get; }

    public IReadOnlyList<EmulatorSkill> Skills { get; }

    public IReadOnlyList<EmulatorLanguage> Languages { get; }

    public IReadOnlyList<EmulatorWrapupCode> WrapupCodes { get; }

    public IReadOnlyList<EmulatorGroup> Groups
    {
        get { lock (_gate) return [.. _groups.Select(g => g.Snapshot())]; }
    }

    public IReadOnlyList<EmulatorQueue> Queues
    {
        get { lock (_gate) return [.. _queues.Select(q => q.Snapshot())]; }
    }

    /// <summary>All conversations ordered by start time.</summary>
    public IReadOnlyList<EmulatorConversation> Conversations
    {
        get { lock (_gate) return [.. _conversations]; }
    }

    public EmulatorUser? FindUser(string userId) => _usersById.GetValueOrDefault(userId);

    public EmulatorUser? FindUserByEmail(string email) => _usersByEmail.GetValueOrDefault(email);

    /// <summary>Users in one state ("any" = all), cached because users never change.</summary>
    internal IReadOnlyList<EmulatorUser> UsersInState(string userState) =>
        userState == "any" ? Users : _usersByState.GetOrAdd(userState, s => Array.AsReadOnly(Users.Where(u => u.State == s).ToArray()));

    public EmulatorSkill? FindSkill(string skillId) => _skillsById.GetValueOrDefault(skillId);

    public EmulatorGroup? FindGroup(string groupId)
    {
        lock (_gate) return _groupsById.GetValueOrDefault(groupId)?.Snapshot();
    }

    public EmulatorQueue? FindQueue(string queueId)
    {
        lock (_gate) return _queuesById.GetValueOrDefault(queueId)?.Snapshot();
    }

    public EmulatorConversation? FindConversation(string conversationId)
    {
        lock (_gate) return _conversationIndex.TryGetValue(conversationId, out var i) ? _conversations[i] : null;
    }

    /// <exception cref="KeyNotFoundException">The group does not exist.</exception>
    public int GetGroupVersion(string groupId)
    {
        lock (_gate) return Group(groupId).Version;
    }

    /// <exception cref="KeyNotFoundException">The group does not exist.</exception>
    public IReadOnlySet<string> GetGroupMemberIds(string groupId)
    {
        lock (_gate) return Group(groupId).Members.ToSet();
    }

    /// <exception cref="KeyNotFoundException">The queue does not exist.</exception>
    public IReadOnlySet<string> GetQueueMemberIds(string queueId)
    {
        lock (_gate) return Queue(queueId).Members.ToSet();
    }

    /// <summary>Skill id → proficiency; empty for a user without skills.</summary>
    public IReadOnlyDictionary<string, double> GetUserSkills(string userId)
    {
        lock (_gate)
        {
            return _userSkills.TryGetValue(userId, out var skills)
                ? new Dictionary<string, double>(skills, StringComparer.Ordinal)
                : new Dictionary<string, double>(StringComparer.Ordinal);
        }
    }

    /// <summary>Adds members as another admin would: the version goes up by one. Returns the new version.</summary>
    /// <exception cref="KeyNotFoundException">The group does not exist.</exception>
    public int AddGroupMembers(string groupId, IEnumerable<string> userIds)
    {
        lock (_gate)
        {
            var group = Group(groupId);
            Apply(group, g => g.Members.Add(userIds));
            return group.Version;
        }
    }

    /// <summary>Removes members as another admin would: the version goes up by one. Returns the new version.</summary>
    /// <exception cref="KeyNotFoundException">The group does not exist.</exception>
    public int RemoveGroupMembers(string groupId, IEnumerable<string> userIds)
    {
        lock (_gate)
        {
            var group = Group(groupId);
            Apply(group, g => g.Members.Remove(userIds));
            return group.Version;
        }
    }

    /// <exception cref="KeyNotFoundException">The queue does not exist.</exception>
    public void AddQueueMembers(string queueId, IEnumerable<string> userIds)
    {
        lock (_gate) Queue(queueId).Members.Add(userIds);
    }

    /// <exception cref="KeyNotFoundException">The queue does not exist.</exception>
    public void RemoveQueueMembers(string queueId, IEnumerable<string> userIds)
    {
        lock (_gate) Queue(queueId).Members.Remove(userIds);
    }

    /// <summary>Adds or updates one skill of a user.</summary>
    public void SetUserSkill(string userId, string skillId, double proficiency) =>
        SetUserSkills(userId, [(skillId, proficiency)]);

    internal void SetUserSkills(string userId, IEnumerable<(string SkillId, double Proficiency)> skills)
    {
        lock (_gate)
        {
            if (!_userSkills.TryGetValue(userId, out var assigned))
                _userSkills[userId] = assigned = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (skillId, proficiency) in skills)
                assigned[skillId] = proficiency;
        }
    }

    internal bool RemoveUserSkill(string userId, string skillId)
    {
        lock (_gate) return _userSkills.TryGetValue(userId, out var assigned) && assigned.Remove(skillId);
    }

    /// <summary>Adds members only when <paramref name="expectedVersion"/> is the group's current version.</summary>
    internal MemberChange TryAddGroupMembers(string groupId, IEnumerable<string> userIds, int expectedVersion)
    {
        lock (_gate)
        {
            if (!_groupsById.TryGetValue(groupId, out var group))
                return MemberChange.NotFound;
            if (expectedVersion != group.Version)
                return MemberChange.VersionMismatch;
            Apply(group, g => g.Members.Add(userIds));
            return MemberChange.Applied;
        }
    }

    internal (string[] Ids, int Total)? GroupMemberPage(string groupId, int skip, int take)
    {
        lock (_gate)
        {
            return _groupsById.TryGetValue(groupId, out var group)
                ? (group.Members.Slice(skip, take), group.Members.Count)
                : null;
        }
    }

    /// <summary>The members in the order they joined; null for an unknown queue.</summary>
    internal string[]? QueueMemberIdsInOrder(string queueId)
    {
        lock (_gate) return _queuesById.TryGetValue(queueId, out var queue) ? queue.Members.Slice(0, queue.Members.Count) : null;
    }

    /// <summary>
    /// Makes a conversation a "ghost": its disconnects are accepted (202) but change nothing, as with the stuck
    /// interactions that only Genesys Care can clear. Clients must re-read before they report one ended.
    /// </summary>
    public void IgnoreDisconnects(string conversationId)
    {
        lock (_gate) _ghostConversations.Add(conversationId);
    }

    internal DisconnectOutcome Disconnect(string conversationId)
    {
        lock (_gate)
        {
            if (!_conversationIndex.TryGetValue(conversationId, out var i))
                return DisconnectOutcome.NotFound;
            if (_conversations[i].IsEnded)
                return DisconnectOutcome.AlreadyEnded;
            if (_ghostConversations.Contains(conversationId))
                return DisconnectOutcome.Disconnected;
            _conversations[i] = _conversations[i] with { EndTime = _time.GetUtcNow() };
            return DisconnectOutcome.Disconnected;
        }
    }

    private void Apply(GroupEntry group, Action<GroupEntry> change)
    {
        change(group);
        group.Version++;
        group.DateModified = _time.GetUtcNow();
    }

    private GroupEntry Group(string groupId) =>
        _groupsById.TryGetValue(groupId, out var group) ? group : throw new KeyNotFoundException($"No group '{groupId}'.");

    private QueueEntry Queue(string queueId) =>
        _queuesById.TryGetValue(queueId, out var queue) ? queue : throw new KeyNotFoundException($"No queue '{queueId}'.");
}
