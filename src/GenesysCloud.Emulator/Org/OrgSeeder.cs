using System.Globalization;
using System.Text;
using Bogus;
using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Emulator.Org;

/// <summary>Builds the same org for the same options: one seeded Bogus faker drives every choice.</summary>
internal static class OrgSeeder
{
    public static SeededOrg Seed(EmulatorOptions options, DateTimeOffset now)
    {
        var f = new Faker("en") { Random = new Randomizer(options.Seed) };
        var division = new EmulatorDivision(NewId(f), "Home");
        var users = SeedUsers(f, options.Users, division.Id);
        var skills = Enumerable.Range(0, options.Skills)
            .Select(i => new EmulatorSkill(NewId(f), SeedNames.Numbered(SeedNames.Skills, i))).ToArray();
        var languages = Enumerable.Range(0, options.Languages)
            .Select(i => new EmulatorLanguage(NewId(f), SeedNames.Numbered(SeedNames.Languages, i))).ToArray();
        var wrapupCodes = Enumerable.Range(0, options.WrapupCodes)
            .Select(i => new EmulatorWrapupCode(NewId(f), SeedNames.Numbered(SeedNames.WrapupCodes, i))).ToArray();
        var groups = SeedGroups(f, options.Groups, users, now);
        var queues = SeedQueues(f, options.Queues, users, division.Id, now);
        var userSkills = SeedUserSkills(f, queues, skills);
        var conversations = ConversationSeeder.Seed(f, options, queues, users, wrapupCodes, now);
        MembershipShapeSeeder.Apply(options.Seed, users, groups, queues);
        return new SeededOrg(division, users, groups, queues, skills, languages, wrapupCodes, userSkills, conversations)
        {
            UserLanguages = LanguageSeeder.Seed(options.Seed, queues, languages),
        };
    }

    public static string NewId(Faker f) => f.Random.Guid().ToString();

    /// <summary>Distinct random items; the whole pool when it is not larger than the count.</summary>
    private static List<T> Sample<T>(Faker f, IReadOnlyList<T> pool, int count)
    {
        if (count >= pool.Count)
            return [.. pool];
        var picked = new HashSet<int>();
        var items = new List<T>(count);
        while (items.Count < count)
        {
            var i = f.Random.Int(0, pool.Count - 1);
            if (picked.Add(i))
                items.Add(pool[i]);
        }
        return items;
    }

    /// <summary>
    /// Names and titles come from pools drawn from Bogus once: drawing each of 100,000 users from
    /// Bogus directly takes seconds, picking from a pool milliseconds.
    /// </summary>
    private static EmulatorUser[] SeedUsers(Faker f, int count, string divisionId)
    {
        var firstNames = Pool(() => f.Name.FirstName(), 1500);
        var lastNames = Pool(() => f.Name.LastName(), 1000);
        var titles = Pool(() => f.Name.JobTitle(), 400);
        var emails = new HashSet<string>(count, StringComparer.OrdinalIgnoreCase);
        var users = new EmulatorUser[count];
        for (var i = 0; i < count; i++)
        {
            var (first, firstEmail) = f.PickRandom(firstNames);
            var (last, lastEmail) = f.PickRandom(lastNames);
            var email = UniqueEmail(emails, $"{firstEmail}.{lastEmail}");
            users[i] = new EmulatorUser(
                NewId(f), $"{first} {last}", email, email, f.PickRandom(SeedNames.Departments), f.PickRandom(titles).Name,
                "active", f.Random.Int(1, 6), divisionId);
        }
        Array.Sort(users, (a, b) => string.CompareOrdinal(a.Name, b.Name) is var c and not 0 ? c : string.CompareOrdinal(a.Id, b.Id));
        return users;
    }

    private static (string Name, string EmailPart)[] Pool(Func<string> draw, int draws) =>
        [.. Enumerable.Range(0, draws).Select(_ => draw()).Distinct(StringComparer.Ordinal).Select(n => (n, EmailPart(n)))];

    private static string UniqueEmail(HashSet<string> used, string local)
    {
        var email = $"{local}@example.com";
        for (var n = 2; !used.Add(email); n++)
            email = $"{local}{n}@example.com";
        return email;
    }

    private static string EmailPart(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
                builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    private static List<GroupEntry> SeedGroups(Faker f, int count, EmulatorUser[] users, DateTimeOffset now)
    {
        var byDepartment = users.ToLookup(u => u.Department);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var groups = new List<GroupEntry>(count);
        for (var i = 0; i < count; i++)
        {
            // Even groups are official department groups (the first one per department holds all of it), odd ones social.
            var official = i % 2 == 0;
            var department = SeedNames.Departments[i / 2 % SeedNames.Departments.Length];
            var departmentUsers = byDepartment[department].Select(u => u.Id).ToArray();
            var name = official
                ? i / 2 < SeedNames.Departments.Length ? $"{department} Team" : $"{department} {f.PickRandom(SeedNames.OfficialGroupRoles)}"
                : f.PickRandom(SeedNames.SocialGroups);
            IReadOnlyList<string> members = official
                ? i / 2 < SeedNames.Departments.Length ? departmentUsers : Sample(f, departmentUsers, f.Random.Int(2, 30))
                : Sample(f, users, f.Random.Int(0, 40)).ConvertAll(u => u.Id);
            var seed = new EmulatorGroup(
                NewId(f), Unique(names, name),
                official ? $"Everyone in {department} who {f.Hacker.IngVerb()} {f.Hacker.Noun()}s." : f.Lorem.Sentence(6),
                official ? "official" : "social",
                official ? "public" : f.PickRandom("public", "owners", "members"),
                RulesVisible: official, "active", f.Random.Int(1, 20), MemberCount: 0,
                now - TimeSpan.FromMinutes(f.Random.Int(60, 60 * 24 * 365)));
            groups.Add(new GroupEntry(seed, members));
        }
        return groups;
    }

    private static List<QueueEntry> SeedQueues(Faker f, int count, EmulatorUser[] users, string divisionId, DateTimeOffset now)
    {
        var queues = new List<QueueEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var name = SeedNames.Numbered(SeedNames.Queues, i);
            var members = Sample(f, users, f.Random.Int(Math.Min(5, users.Length), Math.Min(60, users.Length))).Select(u => u.Id);
            var seed = new EmulatorQueue(
                NewId(f), name, $"{name} queue: {f.Company.CatchPhrase()}.", divisionId, MemberCount: 0,
                now - TimeSpan.FromDays(f.Random.Int(30, 900)));
            queues.Add(new QueueEntry(seed, members));
        }
        return queues;
    }

    /// <summary>Agents (queue members) get one to four skills; other users none.</summary>
    private static Dictionary<string, Dictionary<string, double>> SeedUserSkills(Faker f, List<QueueEntry> queues, EmulatorSkill[] skills)
    {
        var userSkills = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        if (skills.Length == 0)
            return userSkills;
        foreach (var userId in queues.SelectMany(q => q.Members.Slice(0, q.Members.Count)).Distinct())
        {
            userSkills[userId] = Sample(f, skills, f.Random.Int(1, 4))
                .ToDictionary(s => s.Id, _ => (double)f.Random.Int(1, 5), StringComparer.Ordinal);
        }
        return userSkills;
    }

    private static string Unique(HashSet<string> used, string name)
    {
        var unique = name;
        for (var n = 2; !used.Add(unique); n++)
            unique = string.Create(CultureInfo.InvariantCulture, $"{name} {n}");
        return unique;
    }
}
