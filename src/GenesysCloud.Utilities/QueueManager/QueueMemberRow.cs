namespace GenesysCloud.Utilities.QueueManager;

/// <summary>One person in a queue: how they belong, whether they are joined, their ring number.</summary>
/// <param name="UserId">The user.</param>
/// <param name="Name">The user's name.</param>
/// <param name="Direct">An individual member (removable from the queue).</param>
/// <param name="ViaGroups">Names of the member groups (<c>memberGroups</c>) they are in the queue through; empty when only direct.</param>
/// <param name="Joined">Joined to the queue (takes its interactions).</param>
/// <param name="RingNumber">Bullseye ring number, when the API gives it.</param>
public sealed record QueueMemberRow(string UserId, string? Name, bool Direct, IReadOnlyList<string> ViaGroups, bool Joined, int? RingNumber)
{
    /// <summary>In the queue through a member group only: a remove from the queue cannot take them out.</summary>
    public bool OnlyViaGroup => !Direct;

    /// <summary>"directly", "via group 'Sales'", or "directly and via group 'Sales'".</summary>
    public string Belongs => (Direct, ViaGroups.Count) switch
    {
        (true, 0) => "directly",
        (false, 0) => "via a member group",
        (var direct, _) => (direct ? "directly and " : "") + "via " + string.Join(", ", ViaGroups.Select(g => $"group '{g}'")),
    };
}
