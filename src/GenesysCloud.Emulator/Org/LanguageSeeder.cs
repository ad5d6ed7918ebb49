using Bogus;
using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Emulator.Org;

/// <summary>
/// Gives agents (queue members) one or two routing languages at whole-number proficiencies, as the service keeps them.
/// Drawn from its own seeded faker, so adding languages leaves every other seeded choice as it was.
/// </summary>
internal static class LanguageSeeder
{
    private const int SeedOffset = 7919;

    public static Dictionary<string, Dictionary<string, double>> Seed(int seed, IReadOnlyList<QueueEntry> queues, IReadOnlyList<EmulatorLanguage> languages)
    {
        var holders = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        if (languages.Count == 0)
            return holders;
        var random = new Randomizer(seed + SeedOffset);
        foreach (var userId in queues.SelectMany(q => q.Members.Slice(0, q.Members.Count)).Distinct())
        {
            var assigned = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var n = random.Int(1, 2); assigned.Count < Math.Min(n, languages.Count);)
                assigned.TryAdd(languages[random.Int(0, languages.Count - 1)].Id, random.Int(1, 5));
            holders[userId] = assigned;
        }
        return holders;
    }
}
