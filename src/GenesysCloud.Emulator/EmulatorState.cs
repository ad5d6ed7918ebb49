using System.Collections.Concurrent;
using GenesysCloud.Emulator.Model;
using GenesysCloud.Emulator.Org;

namespace GenesysCloud.Emulator;

/// <summary>
/// The emulated org. Users and the reference data never change after seeding; group and queue
/// members, user skills and languages, and conversations change under one lock. Every getter returns a snapshot.
/// </summary>
public sealed partial class EmulatorState
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly FaultOptions _faults;
    private readonly Dictionary<QueueEntry, (long Epoch, IReadOnlyList<EmulatorQueueMember> Members)> _queueMemberCache = [];
    private long _membershipEpoch;
    private readonly Dictionary<string, EmulatorUser> _usersById;
    private readonly Dictionary<string, EmulatorUser> _usersByEmail;
    private readonly ConcurrentDictionary<string, IReadOnlyList<EmulatorUser>> _usersByState = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<GroupEntry> _groups;
    private readonly Dictionary<string, GroupEntry> _groupsById;
    private readonly IReadOnlyList<QueueEntry> _queues;
    private readonly Dictionary<string, QueueEntry> _queuesById;
    private readonly Dictionary<string, EmulatorSkill> _skillsById;
    private readonly List<EmulatorConversation> _conversations;
    private readonly Dictionary<string, int> _conversationIndex;
    private readonly HashSet<string> _ghostConversations = new(StringComparer.Ordinal);

    internal EmulatorState(SeededOrg org, TimeProvider time, FaultOptions faults)
    {
        _time = time;
        _faults = faults;
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
        SkillLevels = new UserLevels(org.UserSkills, _gate);
        _languagesById = org.Languages.ToDictionary(l => l.Id, StringComparer.Ordinal);
        LanguageLevels = new UserLevels(org.UserLanguages, _gate);
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

    /// <summary>The groups as they truly are (reads through the API may show an older version).</summary>
    public IReadOnlyList<EmulatorGroup> Groups
    {
        get { lock (_gate) return [.. _groups.Select(g => g.Snapshot())]; }
    }

    public IReadOnlyList<EmulatorQueue> Queues
    {
        get { lock (_gate) return [.. _queues.Select(QueueSnapshot)]; }
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

    /// <summary>The users' routing skills.</summary>
    internal UserLevels SkillLevels { get; }

    public EmulatorGroup? FindGroup(string groupId)
    {
        lock (_gate) return _groupsById.GetValueOrDefault(groupId)?.Snapshot();
    }

    internal bool GroupExists(string groupId)
    {
        lock (_gate) return _groupsById.ContainsKey(groupId);
    }

    internal bool QueueExists(string queueId)
    {
        lock (_gate) return _queuesById.ContainsKey(queueId);
    }

    public EmulatorQueue? FindQueue(string queueId)
    {
        lock (_gate) return _queuesById.TryGetValue(queueId, out var queue) ? QueueSnapshot(queue) : null;
    }

    public EmulatorConversation? FindConversation(string conversationId)
    {
        lock (_gate) return _conversationIndex.TryGetValue(conversationId, out var i) ? _conversations[i] : null;
    }

    /// <summary>The group's true current version (reads through the API may lag behind it).</summary>
    /// <exception cref="KeyNotFoundException">The group does not exist.</exception>
    public int GetGroupVersion(string groupId)
    {
        lock (_gate) return Group(groupId).Version;
    }

    /// <summary>The group's individual members: the people member adds and removes change (<c>/individuals</c>).</summary>
    /// <exception cref="KeyNotFoundException">The group does not exist.</exception>
    public IReadOnlySet<string> GetGroupMemberIds(string groupId)
    {
        lock (_gate) return Group(groupId).Individuals.ToSet();
    }

    /// <exception cref="KeyNotFoundException">The group does not exist.</exception>
    public IReadOnlySet<string> GetGroupOwnerIds(string groupId)
    {
        lock (_gate) return Group(groupId).Owners.ToSet();
    }

    /// <summary>The people the group's rules include; member adds and removes do not change them.</summary>
    /// <exception cref="KeyNotFoundException">The group does not exist.</exception>
    public IReadOnlySet<string> GetGroupRuleMemberIds(string groupId)
    {
        lock (_gate) return Group(groupId).RuleMembers.ToSet();
    }

    /// <summary>Everyone <c>/groups/{id}/members</c> lists: individuals, owners and rule members.</summary>
    /// <exception cref="KeyNotFoundException">The group does not exist.</exception>
    public IReadOnlySet<string> GetGroupReachIds(string groupId)
    {
        lock (_gate) return Group(groupId).Reach().ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Replaces the owners as another admin would: the version goes up by one. Returns the new version.</summary>
    /// <exception cref="KeyNotFoundException">The group does not exist.</exception>
    public int SetGroupOwners(string groupId, IEnumerable<string> userIds) =>
        ChangeGroup(groupId, g => g.Owners.Set(userIds));

    /// <summary>Replaces the people the group's rules include; the version goes up by one. Returns the new version.</summary>
    /// <exception cref="KeyNotFoundException">The group does not exist.</exception>
    public int SetGroupRuleMembers(string groupId, IEnumerable<string> userIds) =>
        ChangeGroup(groupId, g => g.RuleMembers.Set(userIds));

    /// <summary>Someone else edits the group (say, its description): the version goes up by one. Returns the new version.</summary>
    /// <exception cref="KeyNotFoundException">The group does not exist.</exception>
    public int BumpGroupVersion(string groupId) => ChangeGroup(groupId, _ => { });

    /// <summary>Adds individual members as another admin would: the version goes up by one. Returns the new version.</summary>
    /// <exception cref="KeyNotFoundException">The group does not exist.</exception>
    public int AddGroupMembers(string groupId, IEnumerable<string> userIds) =>
        ChangeGroup(groupId, g => g.Individuals.Add(userIds));

    /// <summary>Removes individual members as another admin would: the version goes up by one. Returns the new version.</summary>
    /// <exception cref="KeyNotFoundException">The group does not exist.</exception>
    public int RemoveGroupMembers(string groupId, IEnumerable<string> userIds) =>
        ChangeGroup(groupId, g => g.Individuals.Remove(userIds));

    /// <summary>The queue's individual members (<c>memberBy: user</c>): the people member adds and removes change.</summary>
    /// <exception cref="KeyNotFoundException">The queue does not exist.</exception>
    public IReadOnlySet<string> GetQueueMemberIds(string queueId)
    {
        lock (_gate) return Queue(queueId).Members.ToSet();
    }

    /// <summary>Every member of the queue, individual or through a member group, with joined state and ring number.</summary>
    /// <exception cref="KeyNotFoundException">The queue does not exist.</exception>
    public IReadOnlyList<EmulatorQueueMember> GetQueueMembers(string queueId)
    {
        lock (_gate) return QueueMembersOf(Queue(queueId));
    }

    /// <summary>Replaces the queue's member groups, as a full PUT of the queue would.</summary>
    /// <exception cref="KeyNotFoundException">The queue or one of the groups does not exist.</exception>
    public void SetQueueMemberGroups(string queueId, IEnumerable<string> groupIds)
    {
        lock (_gate)
        {
            var ids = groupIds.ToList();
            foreach (var groupId in ids)
                Group(groupId);
            Queue(queueId).MemberGroups.Set(ids);
            _membershipEpoch++;
        }
    }

    /// <exception cref="KeyNotFoundException">The queue does not exist.</exception>
    public void AddQueueMembers(string queueId, IEnumerable<string> userIds)
    {
        lock (_gate)
        {
            Queue(queueId).Members.Add(userIds);
            _membershipEpoch++;
        }
    }

    /// <exception cref="KeyNotFoundException">The queue does not exist.</exception>
    public void RemoveQueueMembers(string queueId, IEnumerable<string> userIds)
    {
        lock (_gate)
        {
            Queue(queueId).Members.Remove(userIds);
            _membershipEpoch++;
        }
    }

    /// <summary>Skill id → proficiency; empty for a user without skills.</summary>
    public IReadOnlyDictionary<string, double> GetUserSkills(string userId) => SkillLevels.Of(userId);

    /// <summary>Adds or updates one skill of a user.</summary>
    public void SetUserSkill(string userId, string skillId, double proficiency) => SkillLevels.Set(userId, [(skillId, proficiency)]);

    /// <summary>Groups as reads through the API show them: the version lags <see cref="FaultOptions.GroupVersionReadLag"/> behind.</summary>
    internal IReadOnlyList<EmulatorGroup> VisibleGroups()
    {
        var (now, lag) = (_time.GetUtcNow(), _faults.GroupVersionReadLag);
        lock (_gate) return [.. _groups.Select(g => g.Snapshot(now, lag))];
    }

    internal EmulatorGroup? FindVisibleGroup(string groupId)
    {
        var (now, lag) = (_time.GetUtcNow(), _faults.GroupVersionReadLag);
        lock (_gate) return _groupsById.GetValueOrDefault(groupId)?.Snapshot(now, lag);
    }

    /// <summary>Adds individual members only when <paramref name="expectedVersion"/> is the group's true current version.</summary>
    internal MemberChange TryAddGroupMembers(string groupId, IEnumerable<string> userIds, int expectedVersion)
    {
        lock (_gate)
        {
            if (!_groupsById.TryGetValue(groupId, out var group))
                return MemberChange.NotFound;
            if (expectedVersion != group.Version)
                return MemberChange.VersionMismatch;
            Change(group, g => g.Individuals.Add(userIds));
            return MemberChange.Applied;
        }
    }

    /// <summary>Removes individual members; owners and rule members named here stay. The version goes up regardless.</summary>
    internal MemberChange TryRemoveGroupMembers(string groupId, IEnumerable<string> userIds)
    {
        lock (_gate)
        {
            if (!_groupsById.TryGetValue(groupId, out var group))
                return MemberChange.NotFound;
            Change(group, g => g.Individuals.Remove(userIds));
            return MemberChange.Applied;
        }
    }

    /// <summary>A page of <c>/members</c> (<paramref name="individualsOnly"/> false) or <c>/individuals</c>; null for an unknown group.</summary>
    internal (string[] Ids, int Total)? GroupMemberPage(string groupId, bool individualsOnly, int skip, int take)
    {
        lock (_gate)
        {
            if (!_groupsById.TryGetValue(groupId, out var group))
                return null;
            if (individualsOnly)
                return (group.Individuals.Slice(skip, take), group.Individuals.Count);
            var reach = group.Reach();
            return (skip >= reach.Length ? [] : reach[skip..Math.Min(reach.Length, skip + take)], reach.Length);
        }
    }

    /// <summary>Every member of the queue, due join/unjoin updates applied; null for an unknown queue.</summary>
    internal IReadOnlyList<EmulatorQueueMember>? QueueMembers(string queueId)
    {
        lock (_gate) return _queuesById.TryGetValue(queueId, out var queue) ? QueueMembersOf(queue) : null;
    }

    /// <summary>
    /// Adds individual members. Someone who is a member only through a member group is refused (the whole
    /// request changes nothing) when <paramref name="refuseViaGroup"/>, else left as they are.
    /// Returns those people; null for an unknown queue.
    /// </summary>
    internal IReadOnlyList<string>? AddQueueMembers(string queueId, IReadOnlyList<string> userIds, bool refuseViaGroup)
    {
        lock (_gate)
        {
            if (!_queuesById.TryGetValue(queueId, out var queue))
                return null;
            var viaGroup = ViaGroupPeople(queue);
            var refused = userIds.Where(id => viaGroup.Contains(id) && !queue.Members.Contains(id)).Distinct().ToList();
            if (refused.Count > 0 && refuseViaGroup)
                return refused;
            var added = userIds.Except(refused).Where(id => !queue.Members.Contains(id)).ToList();
            queue.Members.Add(added);
            queue.NoteAdded(added, _time.GetUtcNow());
            _membershipEpoch++;
            return refused;
        }
    }

    /// <summary>
    /// True while a member added through the API is still too new for the single-member PATCH
    /// (<see cref="FaultOptions.NewQueueMemberNotFoundFor"/>).
    /// </summary>
    internal bool IsTooNewForMemberPatch(string queueId, string userId)
    {
        lock (_gate)
            return _queuesById.TryGetValue(queueId, out var queue) && queue.Members.Contains(userId)
                && queue.AddedWithin(userId, _faults.NewQueueMemberNotFoundFor, _time.GetUtcNow());
    }

    /// <summary>
    /// Schedules join/unjoin or ring number updates of current members, due after
    /// <see cref="FaultOptions.QueueMemberUpdateDelay"/>; non-members are ignored. Returns the members
    /// the updates are for, as they are now; null for an unknown queue.
    /// </summary>
    internal IReadOnlyList<EmulatorQueueMember>? ScheduleQueueMemberUpdates(string queueId, IEnumerable<(string UserId, bool? Joined, int? RingNumber)> updates)
    {
        var dueAt = _time.GetUtcNow() + _faults.QueueMemberUpdateDelay;
        lock (_gate)
        {
            if (!_queuesById.TryGetValue(queueId, out var queue))
                return null;
            var members = QueueMembersOf(queue).ToDictionary(m => m.UserId, StringComparer.Ordinal);
            var scheduled = new List<EmulatorQueueMember>();
            foreach (var (userId, joined, ringNumber) in updates)
            {
                if (!members.TryGetValue(userId, out var member))
                    continue;
                queue.Schedule(new PendingQueueMemberUpdate(userId, dueAt, joined, ringNumber));
                scheduled.Add(member);
            }
            _membershipEpoch++;
            return scheduled;
        }
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

    private int ChangeGroup(string groupId, Action<GroupEntry> change)
    {
        lock (_gate)
        {
            var group = Group(groupId);
            Change(group, change);
            return group.Version;
        }
    }

    private void Change(GroupEntry group, Action<GroupEntry> change)
    {
        group.Change(change, _time.GetUtcNow(), _faults.GroupVersionReadLag);
        _membershipEpoch++;
    }

    /// <summary>People who are members of the queue through one of its member groups.</summary>
    private HashSet<string> ViaGroupPeople(QueueEntry queue) =>
        queue.MemberGroups.All().Select(id => _groupsById.GetValueOrDefault(id)).OfType<GroupEntry>()
            .SelectMany(g => g.People()).ToHashSet(StringComparer.Ordinal);

    private EmulatorQueue QueueSnapshot(QueueEntry queue)
    {
        var members = QueueMembersOf(queue);
        return queue.Snapshot(members.Count, members.Count(m => m.Joined));
    }

    /// <summary>Individual members first (in join order), then people only through a group; cached until membership changes.</summary>
    private IReadOnlyList<EmulatorQueueMember> QueueMembersOf(QueueEntry queue)
    {
        if (queue.HasDue(_time.GetUtcNow()))
        {
            var people = ViaGroupPeople(queue);
            queue.ApplyDue(_time.GetUtcNow(), id => queue.Members.Contains(id) || people.Contains(id));
            _membershipEpoch++;
        }
        if (_queueMemberCache.TryGetValue(queue, out var cached) && cached.Epoch == _membershipEpoch)
            return cached.Members;
        var viaGroup = ViaGroupPeople(queue);
        var members = new List<EmulatorQueueMember>(queue.Members.Count + viaGroup.Count);
        foreach (var id in queue.Members.All())
            members.Add(Member(queue, id, "user") with { ViaGroup = viaGroup.Contains(id) });
        foreach (var id in queue.MemberGroups.All().SelectMany(g => _groupsById.GetValueOrDefault(g)?.People() ?? []).Distinct(StringComparer.Ordinal))
        {
            if (!queue.Members.Contains(id))
                members.Add(Member(queue, id, "group") with { ViaGroup = true });
        }
        _queueMemberCache[queue] = (_membershipEpoch, members);
        return members;
    }

    private static EmulatorQueueMember Member(QueueEntry queue, string userId, string memberBy)
    {
        var settings = queue.SettingsOf(userId);
        return new EmulatorQueueMember(userId, memberBy, settings.Joined, settings.RingNumber);
    }

    private GroupEntry Group(string groupId) =>
        _groupsById.TryGetValue(groupId, out var group) ? group : throw new KeyNotFoundException($"No group '{groupId}'.");

    private QueueEntry Queue(string queueId) =>
        _queuesById.TryGetValue(queueId, out var queue) ? queue : throw new KeyNotFoundException($"No queue '{queueId}'.");
}
