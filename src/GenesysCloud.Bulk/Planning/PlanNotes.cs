using GenesysCloud.Bulk.Targets;

namespace GenesysCloud.Bulk.Planning;

/// <summary>What a plan item's note tells the person previewing it, in the words the UI and CLI show.</summary>
internal static class PlanNotes
{
    public static string AlreadyDone(BulkOperation operation, double? proficiency) => operation switch
    {
        BulkOperation.AddToGroup or BulkOperation.AddToQueue => "already a member",
        BulkOperation.RemoveFromGroup or BulkOperation.RemoveFromQueue => "not a member",
        BulkOperation.AssignSkill => "already has the skill at this proficiency",
        _ when proficiency is not null => "already has the skill at this proficiency",
        _ => "does not have the skill",
    };

    /// <summary>An add that is a real change although the person already shows in the group or queue.</summary>
    public static string AddsIndividually(IndirectMembership why) => why.Kind switch
    {
        IndirectKind.Owner => "owner, not a member — will be added as a member",
        IndirectKind.ByRule => "member by rule, not an individual member — will be added as one",
        IndirectKind.ViaGroup => $"member via group '{why.Source}' — will be added individually as well",
        _ => $"member via the queue's member groups ({why.Source}) — will be added individually as well",
    };

    /// <summary>A remove that cannot take effect through a member call, and where it can be made instead.</summary>
    public static string CannotRemove(IndirectMembership why) => why.Kind switch
    {
        IndirectKind.Owner => "owner, not a member — cannot be removed here",
        IndirectKind.ByRule => "member by rule — cannot be removed here; change the group's membership rules",
        IndirectKind.ViaGroup => $"member via group '{why.Source}' — remove them from the group or change the queue's member groups",
        _ => $"member via the queue's member groups ({why.Source}) — remove them there or change the queue's member groups",
    };
}
