using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Emulator.Org;

/// <summary>
/// The mutable side of a group: its version (and the versions reads still show), individual members,
/// owners and the people its rules include. Used under the state lock.
/// </summary>
internal sealed class GroupEntry
{
    private readonly VersionLog _versions;
    private string[]? _reach;

    public GroupEntry(EmulatorGroup seed, IEnumerable<string> individualIds, IEnumerable<string>? ownerIds = null, IEnumerable<string>? ruleMemberIds = null)
    {
        Seed = seed;
        DateModified = seed.DateModified;
        Individuals = new OrderedIdSet(individualIds);
        Owners = new OrderedIdSet(ownerIds ?? []);
        RuleMembers = new OrderedIdSet(ruleMemberIds ?? []);
        _versions = new VersionLog(seed.Version, seed.DateModified);
    }

    public EmulatorGroup Seed { get; }

    /// <summary>The true current version, which a member add must send.</summary>
    public int Version => _versions.Current;

    public DateTimeOffset DateModified { get; private set; }

    /// <summary>Members added one by one: the only ones <c>POST</c>/<c>DELETE …/members</c> change.</summary>
    public OrderedIdSet Individuals { get; }

    public OrderedIdSet Owners { get; }

    /// <summary>People the group's rules include (dynamic membership).</summary>
    public OrderedIdSet RuleMembers { get; }

    /// <summary>Everyone <c>/members</c> lists: individuals, then owners, then rule members, each person once.</summary>
    public string[] Reach() => _reach ??= [.. Individuals.All().Concat(Owners.All()).Concat(RuleMembers.All()).Distinct(StringComparer.Ordinal)];

    /// <summary>How many people <c>/members</c> lists, without listing them (a group can hold 100,000).</summary>
    public int ReachCount() =>
        Individuals.Count
        + Owners.All().Count(id => !Individuals.Contains(id))
        + RuleMembers.All().Count(id => !Individuals.Contains(id) && !Owners.Contains(id));

    /// <summary>The people a queue reaches through this group: individuals and rule members, not owners.</summary>
    public IEnumerable<string> People() => Individuals.All().Concat(RuleMembers.All());

    /// <summary>Applies a change and bumps the version at <paramref name="now"/>; reads see it after the lag.</summary>
    public void Change(Action<GroupEntry> change, DateTimeOffset now, TimeSpan readLag)
    {
        change(this);
        _reach = null;
        _versions.Bump(now, readLag);
        DateModified = now;
    }

    /// <summary>The group as reads show it: the version of <paramref name="readLag"/> ago, members as they are.</summary>
    public EmulatorGroup Snapshot(DateTimeOffset now, TimeSpan readLag) => Snapshot() with { Version = _versions.VisibleAt(now, readLag) };

    /// <summary>The group as it truly is.</summary>
    public EmulatorGroup Snapshot() => Seed with
    {
        Version = Version,
        MemberCount = ReachCount(),
        DateModified = DateModified,
        OwnerIds = [.. Owners.All()],
    };
}
