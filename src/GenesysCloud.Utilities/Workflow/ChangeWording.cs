using GenesysCloud.Bulk;

namespace GenesysCloud.Utilities.Workflow;

/// <summary>How a bulk change names its row states and its apply button ("Will add", "Already a member", "Added").</summary>
/// <param name="WillChange">Label of <see cref="RowState.WillChange"/>, e.g. "Will add".</param>
/// <param name="AlreadyDone">Label of <see cref="RowState.AlreadyDone"/>, e.g. "Already a member".</param>
/// <param name="Applied">Label of <see cref="RowState.Applied"/>, e.g. "Added".</param>
/// <param name="ChangeNoun">What one change is called on the apply button, e.g. "addition".</param>
public sealed record ChangeWording(string WillChange, string AlreadyDone, string Applied, string ChangeNoun)
{
    /// <summary>The usual wording of an engine operation.</summary>
    public static ChangeWording For(BulkOperation operation) => operation switch
    {
        BulkOperation.AddToGroup or BulkOperation.AddToQueue => new("Will add", "Already a member", "Added", "addition"),
        BulkOperation.RemoveFromGroup or BulkOperation.RemoveFromQueue => new("Will remove", "Not a member", "Removed", "removal"),
        BulkOperation.AssignSkill or BulkOperation.AssignLanguage => new("Will assign", "Already has it", "Assigned", "assignment"),
        BulkOperation.RemoveSkill or BulkOperation.RemoveLanguage => new("Will remove", "Does not have it", "Removed", "removal"),
        BulkOperation.EndConversation => new("Will end", "Already ended", "Ended", "conversation"),
        BulkOperation.SetRingNumber => new("Will set ring", "Already on that ring", "Ring set", "ring change"),
        _ => new("Will change", "Already done", "Changed", "change"),
    };

    /// <summary>The label of a row state in this change's words.</summary>
    public string Label(RowState state) => state switch
    {
        RowState.Invalid => "Invalid",
        RowState.Duplicate => "Duplicate",
        RowState.NotFound => "Not found",
        RowState.AlreadyDone => AlreadyDone,
        RowState.CannotChangeHere => "Cannot change here",
        RowState.NotApplicable => "Does not apply",
        RowState.WillChange => WillChange,
        RowState.Applied => Applied,
        RowState.Failed => "Failed",
        RowState.Unknown => "Unknown (resume to confirm)",
        _ => "Not applied",
    };
}
