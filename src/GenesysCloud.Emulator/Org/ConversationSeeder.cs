using Bogus;
using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Emulator.Org;

/// <summary>
/// Conversations of the last <see cref="EmulatorOptions.ConversationHistory"/>: those of the last hour still active
/// (as many as an hour of the history holds, at least one in a hundred), the rest ended and wrapped up. Then <see cref="EmulatorOptions.StuckConversations"/> stuck ones
/// (no end, every media type in turn, started hours to weeks ago, some still waiting in queue with no agent) and
/// half as many ended ones of the same weeks, so a sweep for stuck conversations has something to find and to pass over.
/// </summary>
internal static class ConversationSeeder
{
    private static readonly string[] StuckMediaTypes = ["voice", "chat", "email", "message", "callback"];

    /// <summary>Stuck ages: hours, days, weeks, and older than a 31-day query window.</summary>
    private static readonly (TimeSpan Min, TimeSpan Max)[] StuckAges =
    [
        (TimeSpan.FromHours(2), TimeSpan.FromHours(23)),
        (TimeSpan.FromDays(1), TimeSpan.FromDays(6)),
        (TimeSpan.FromDays(7), TimeSpan.FromDays(20)),
        (TimeSpan.FromDays(21), TimeSpan.FromDays(45)),
    ];

    public static List<EmulatorConversation> Seed(
        Faker f, EmulatorOptions options, List<QueueEntry> queues, EmulatorUser[] users, EmulatorWrapupCode[] wrapupCodes, DateTimeOffset now)
    {
        var stuck = Math.Min(options.StuckConversations, options.Conversations);
        var oldEnded = Math.Min(stuck / 2, options.Conversations - stuck);
        var seeder = new Seeding(f, queues, users, wrapupCodes);
        var conversations = new List<EmulatorConversation>(options.Conversations);
        var historySeconds = (int)Math.Max(3700, options.ConversationHistory.TotalSeconds - 60);
        var activeShare = (float)Math.Max(0.01, 3600.0 / historySeconds);
        for (var i = 0; i < options.Conversations - stuck - oldEnded; i++)
        {
            var active = f.Random.Bool(activeShare);
            var start = active
                ? now - TimeSpan.FromSeconds(f.Random.Int(10, 3600))
                : now - TimeSpan.FromSeconds(f.Random.Int(3600, historySeconds));
            conversations.Add(seeder.Conversation(f.PickRandom(SeedNames.MediaTypes), start, active ? null : Duration(f), withAgent: true));
        }

        for (var i = 0; i < stuck; i++)
        {
            var (min, max) = StuckAges[i % StuckAges.Length];
            var start = now - TimeSpan.FromMinutes(f.Random.Double(min.TotalMinutes, max.TotalMinutes));
            conversations.Add(seeder.Conversation(StuckMediaTypes[i % StuckMediaTypes.Length], start, null, withAgent: f.Random.Bool(0.75f)));
        }

        for (var i = 0; i < oldEnded; i++)
        {
            var start = now - TimeSpan.FromMinutes(f.Random.Double(TimeSpan.FromDays(8).TotalMinutes, TimeSpan.FromDays(45).TotalMinutes));
            conversations.Add(seeder.Conversation(StuckMediaTypes[i % StuckMediaTypes.Length], start, Duration(f), withAgent: true));
        }
        return conversations;
    }

    private static TimeSpan Duration(Faker f) => TimeSpan.FromSeconds(f.Random.Int(30, 2700));

    private sealed class Seeding(Faker f, List<QueueEntry> queues, EmulatorUser[] users, EmulatorWrapupCode[] wrapupCodes)
    {
        private readonly Dictionary<string, string[]> _membersByQueue = queues.ToDictionary(q => q.Seed.Id, q => q.Members.Slice(0, q.Members.Count));
        private readonly Dictionary<string, EmulatorUser> _usersById = users.ToDictionary(u => u.Id, StringComparer.Ordinal);

        public EmulatorConversation Conversation(string mediaType, DateTimeOffset start, TimeSpan? duration, bool withAgent)
        {
            var ended = duration is not null;
            var participants = new List<EmulatorParticipant>
            {
                new(OrgSeeder.NewId(f), "customer", f.Name.FullName(), null, null, null),
            };
            if (queues.Count > 0)
            {
                var queue = f.PickRandom(queues).Seed;
                participants.Add(new(OrgSeeder.NewId(f), "acd", queue.Name, null, queue.Id, null));
                var members = _membersByQueue[queue.Id];
                if (withAgent && members.Length > 0)
                {
                    var agent = _usersById[f.PickRandom(members)];
                    var wrapup = ended && wrapupCodes.Length > 0 ? f.PickRandom(wrapupCodes).Id : null;
                    participants.Add(new(OrgSeeder.NewId(f), "agent", agent.Name, agent.Id, queue.Id, wrapup));
                }
            }
            var direction = mediaType == "callback" || f.Random.Bool(0.15f) ? "outbound" : "inbound";
            return new EmulatorConversation(OrgSeeder.NewId(f), mediaType, direction, start, start + duration, participants);
        }
    }
}
