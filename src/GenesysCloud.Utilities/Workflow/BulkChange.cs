using GenesysCloud.Bulk;

namespace GenesysCloud.Utilities.Workflow;

/// <summary>
/// What a utility asks the workflow to plan: how to turn the input's identifiers into a <see cref="BulkRequest"/>
/// for the engine, and how to describe the target and its rows. Everything else (input, preview, apply, progress,
/// cancel, result, report) is the workflow's.
/// </summary>
/// <param name="Utility">The utility's name, recorded in the journal beside the person ("Group Manager").</param>
/// <param name="Title">What the change does, for headings and the Jobs list ("Add members to 'Sales'").</param>
/// <param name="TargetId">The group, queue or skill changed; a job of the same target in another tab is shown here too.</param>
/// <param name="Request">Builds the engine request from the distinct, normalised identifiers in input order.</param>
public sealed record BulkChange(string Utility, string Title, string TargetId, Func<IReadOnlyList<string>, BulkRequest> Request)
{
    /// <summary>Labels of the row states and the apply button.</summary>
    public ChangeWording Wording { get; init; } = new("Will change", "Already done", "Changed", "change");

    /// <summary>
    /// Set for a change whose plan has several items per input row (a copy: one per person × skill or language): sums up
    /// what one row's changing items do, e.g. "gives 3 skills, removes 1 language". The preview then shows one row per
    /// input row, and its result aggregates the row's items. Null for one item per row.
    /// </summary>
    public Func<IReadOnlyList<BulkPlanItem>, string>? SummarizeRow { get; init; }

    /// <summary>
    /// Set for a change that reads more of an uploaded CSV than its people (Queue Manager's ring mode: a ringNumber per row):
    /// gets the file and the people the workflow's CSV tab read from it, and returns the change that plans each row with its
    /// own values. A bad value throws a <see cref="GenesysCloud.Bulk.Csv.CsvInputException"/> naming its line and column, so
    /// nothing is planned or sent. Null: a CSV is read for its people only.
    /// </summary>
    public Func<byte[], GenesysCloud.Bulk.Csv.IdentifierInput, BulkChange>? FromCsvColumns { get; init; }

    /// <summary>
    /// True when <paramref name="other"/> plans the same change: same utility, target and title (a title names everything a
    /// change does, its options included: "Copy the skills of 'Ann' (make identical)"). A preview made for one change is
    /// never applied as another.
    /// </summary>
    public bool IsSameChangeAs(BulkChange? other) =>
        other is not null && Utility == other.Utility && TargetId == other.TargetId && Title == other.Title;

    /// <summary>A change of one engine operation on one target, worded as usual for it.</summary>
    public static BulkChange Of(string utility, BulkOperation operation, string targetId, string targetName, double? proficiency = null) =>
        new(utility, $"{Describe(operation)} '{targetName}'", targetId,
            ids => new BulkRequest(operation, targetId, ids) { Proficiency = proficiency })
        {
            Wording = ChangeWording.For(operation),
        };

    /// <summary>"Add to group", "Remove from queue" … for titles and lists.</summary>
    public static string Describe(BulkOperation operation) => operation switch
    {
        BulkOperation.AddToGroup => "Add to group",
        BulkOperation.RemoveFromGroup => "Remove from group",
        BulkOperation.AddToQueue => "Add to queue",
        BulkOperation.RemoveFromQueue => "Remove from queue",
        BulkOperation.SyncQueue => "Make queue like another",
        BulkOperation.JoinQueue => "Join to queue",
        BulkOperation.UnjoinQueue => "Unjoin from queue",
        BulkOperation.SetRingNumber => "Set ring number in queue",
        BulkOperation.AssignSkill => "Assign skill",
        BulkOperation.ChangeSkill => "Change skill",
        BulkOperation.RemoveSkill => "Remove skill",
        BulkOperation.AssignLanguage => "Assign language",
        BulkOperation.ChangeLanguage => "Change language",
        BulkOperation.RemoveLanguage => "Remove language",
        BulkOperation.CopyRouting => "Copy skills and languages of",
        BulkOperation.EndConversation => "End conversations (cannot be undone)",
        _ => operation.ToString(),
    };
}
