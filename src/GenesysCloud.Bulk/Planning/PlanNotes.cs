using System.Globalization;
using GenesysCloud.Bulk.Targets;

namespace GenesysCloud.Bulk.Planning;

/// <summary>What a plan item's note tells the person previewing it, in the words the UI and CLI show.</summary>
internal static class PlanNotes
{
    public static string AlreadyDone(BulkOperation operation, double? proficiency) => operation switch
    {
        BulkOperation.AddToGroup or BulkOperation.AddToQueue => "already a member",
        BulkOperation.RemoveFromGroup or BulkOperation.RemoveFromQueue => "not a member",
        BulkOperation.JoinQueue => "already joined",
        BulkOperation.UnjoinQueue => "already unjoined",
        BulkOperation.SetRingNumber => $"already on ring {Ring(proficiency)}",
        BulkOperation.CopyRouting => proficiency is null ? "does not have it" : "already has it at this proficiency",
        _ when ProficiencyOperation.Of(operation) is { } p => p.Sets || proficiency is not null
            ? $"already has the {p.Kind.Noun} at this proficiency"
            : $"does not have the {p.Kind.Noun}",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    /// <summary>What a change of a level does, where the preview should say it ("ring 1 → 3"); null for other changes.</summary>
    public static string? Changes(BulkOperation operation, double? before, double? wanted) =>
        operation == BulkOperation.SetRingNumber ? $"ring {Ring(before)} → {Ring(wanted)}" : null;

    /// <summary>A group add that is a real change although the person already shows in the group.</summary>
    public static string AddsIndividually(IndirectMembership why) => why.Kind == IndirectKind.Owner
        ? "owner, not a member — will be added as a member"
        : "member by rule, not an individual member — will be added as one";

    /// <summary>A queue add of someone the queue already holds through a member group.</summary>
    public static string AlreadyInQueue(IndirectMembership why) => why.Kind == IndirectKind.ViaGroup
        ? $"already a member via group '{why.Source}'"
        : $"already a member via the queue's member groups ({why.Source})";

    /// <summary>A change that cannot take effect through a member call, and where it can be made instead.</summary>
    public static string CannotChange(BulkOperation operation, IndirectMembership why) =>
        operation == BulkOperation.SetRingNumber ? CannotSetRing(why) : CannotRemove(why);

    /// <summary>A ring number change for someone in the queue only through a member group: it is set for individual members only.</summary>
    private static string CannotSetRing(IndirectMembership why) => why.Kind == IndirectKind.ViaGroup
        ? $"member via group '{why.Source}' — a ring number is set only for individual members; add them to the queue to set one"
        : $"member via the queue's member groups ({why.Source}) — a ring number is set only for individual members";

    /// <summary>A remove that cannot take effect through a member call, and where it can be made instead.</summary>
    private static string CannotRemove(IndirectMembership why) => why.Kind switch
    {
        IndirectKind.Owner => "owner, not a member — cannot be removed here",
        IndirectKind.ByRule => "member by rule — cannot be removed here; change the group's membership rules",
        IndirectKind.ViaGroup => $"member via group '{why.Source}' — remove them from the group or change the queue's member groups",
        _ => $"member via the queue's member groups ({why.Source}) — remove them there or change the queue's member groups",
    };

    private static string Ring(double? ring) => ring?.ToString("0", CultureInfo.InvariantCulture) ?? "unknown";
}
