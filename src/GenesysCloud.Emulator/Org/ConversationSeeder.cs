using Bogus;
using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Emulator.Org;

/// <summary>Conversations of the last 7 days: about one in ten still active, the rest ended and wrapped up.</summary>
internal static class ConversationSeeder
{
    private static readonly TimeSpan History = TimeSpan.FromDays(7);

    public static List<EmulatorConversation> Seed(
        Faker f, int count, List<QueueEntry> queues, EmulatorUser[] users, EmulatorWrapupCode[] wrapupCodes, DateTimeOffset now)
    {
        var conversations = new List<EmulatorConversation>(count);
        var membersByQueue = queues.ToDictionary(q => q.Seed.Id, q => q.Members.Slice(0, q.Members.Count));
        var agentIds = membersByQueue.Values.SelectMany(ids => ids).ToHashSet(StringComparer.Ordinal);
        var agentsById = users.Where(u => agentIds.Contains(u.Id)).ToDictionary(u => u.Id, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var mediaType = f.PickRandom(SeedNames.MediaTypes);
            var active = f.Random.Bool(0.1f);
            var start = active
                ? now - TimeSpan.FromSeconds(f.Random.Int(10, 3600))
                : now - TimeSpan.FromSeconds(f.Random.Int(3600, (int)History.TotalSeconds - 60));
            var end = active ? (DateTimeOffset?)null : start + TimeSpan.FromSeconds(f.Random.Int(30, 2700));
            var participants = new List<EmulatorParticipant>
            {
                new(OrgSeeder.NewId(f), "customer", f.Name.FullName(), null, null, null),
            };
            if (queues.Count > 0)
            {
                var queue = f.PickRandom(queues).Seed;
                participants.Add(new(OrgSeeder.NewId(f), "acd", queue.Name, null, queue.Id, null));
                var members = membersByQueue[queue.Id];
                if (members.Length > 0)
                {
                    var agent = agentsById[f.PickRandom(members)];
                    var wrapup = !active && wrapupCodes.Length > 0 ? f.PickRandom(wrapupCodes).Id : null;
                    participants.Add(new(OrgSeeder.NewId(f), "agent", agent.Name, agent.Id, queue.Id, wrapup));
                }
            }
            var direction = mediaType == "callback" || f.Random.Bool(0.15f) ? "outbound" : "inbound";
            conversations.Add(new EmulatorConversation(OrgSeeder.NewId(f), mediaType, direction, start, end, participants));
        }
        return conversations;
    }
}
