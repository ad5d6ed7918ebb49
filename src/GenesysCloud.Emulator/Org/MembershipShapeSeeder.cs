using Bogus;
using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Emulator.Org;

/// <summary>
/// Gives the seeded org the shapes a real org has and a careless client gets wrong: group owners who are
/// not members, people included by group rules, queues with member groups, unjoined queue members.
/// It draws from its own seeded faker, so the rest of the org is the same as without it.
/// </summary>
internal static class MembershipShapeSeeder
{
    public static void Apply(int seed, EmulatorUser[] users, IReadOnlyList<GroupEntry> groups, IReadOnlyList<QueueEntry> queues)
    {
        if (users.Length == 0)
            return;
        var f = new Faker("en") { Random = new Randomizer(unchecked(seed * 31 + 7)) };
        for (var i = 0; i < groups.Count; i++)
            SeedGroup(f, users, groups[i], i);
        for (var i = 0; i < queues.Count; i++)
            SeedQueue(f, groups, queues[i], i);
    }

    /// <summary>Every group has one or two owners, one of them usually not a member; every third group has rule members.</summary>
    private static void SeedGroup(Faker f, EmulatorUser[] users, GroupEntry group, int index)
    {
        var outsiders = users.Where(u => !group.Individuals.Contains(u.Id)).Select(u => u.Id).ToArray();
        var owners = new List<string>();
        if (outsiders.Length > 0 && f.Random.Bool(0.8f))
            owners.Add(f.PickRandom(outsiders));
        if (group.Individuals.Count > 0 && (owners.Count == 0 || f.Random.Bool(0.5f)))
            owners.Add(f.PickRandom(group.Individuals.All().ToArray()));
        group.Owners.Set(owners);
        if (index % 3 != 1)
            return;
        // A rule such as "department is X": mostly people who are not individual members, a few who are.
        var department = f.PickRandom(users).Department;
        var matching = users.Where(u => u.Department == department).Select(u => u.Id).ToArray();
        group.RuleMembers.Set(f.Random.Shuffle(matching).Take(f.Random.Int(3, 15)));
    }

    /// <summary>Every third queue reaches one or two groups' people; about one member in seven is not joined.</summary>
    private static void SeedQueue(Faker f, IReadOnlyList<GroupEntry> groups, QueueEntry queue, int index)
    {
        var small = groups.Where(g => g.People().Any() && g.Reach().Length <= 60).ToArray();
        if (index % 3 == 0 && small.Length > 0)
            queue.MemberGroups.Set(f.Random.Shuffle(small).Take(f.Random.Int(1, 2)).Select(g => g.Seed.Id));
        var viaGroups = queue.MemberGroups.All().SelectMany(id => groups.First(g => g.Seed.Id == id).People());
        foreach (var userId in queue.Members.All().Concat(viaGroups).Distinct(StringComparer.Ordinal))
        {
            var joined = !f.Random.Bool(1 / 7f);
            var ringNumber = f.Random.Bool(0.1f) ? f.Random.Int(2, 3) : 1;
            if (!joined || ringNumber != 1)
                queue.SetSettings(userId, new QueueMemberSettings(joined, ringNumber));
        }
    }
}
