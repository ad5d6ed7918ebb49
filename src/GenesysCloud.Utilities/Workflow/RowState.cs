namespace GenesysCloud.Utilities.Workflow;

/// <summary>
/// Where one input row stands, from parsing through planning to the journal's result. One enum for the
/// whole way, so a row never changes type: the preview shows the first six, a run moves
/// <see cref="WillChange"/> rows on to one of the last four.
/// </summary>
public enum RowState
{
    /// <summary>The identifier is empty or malformed (see the row's note).</summary>
    Invalid,

    /// <summary>The identifier, or the user it resolves to, appeared on an earlier row.</summary>
    Duplicate,

    /// <summary>No active user matches the identifier.</summary>
    NotFound,

    /// <summary>The user is already in the requested state: nothing to send.</summary>
    AlreadyDone,

    /// <summary>
    /// The change cannot be made on this target (e.g. an owner or a rule member of a group, a queue member through a
    /// member group): nothing is sent; the note says where it can be made.
    /// </summary>
    CannotChangeHere,

    /// <summary>The change does not apply to this user (e.g. not a member of the queue to join): nothing is sent; the note says why.</summary>
    NotApplicable,

    /// <summary>The change is needed and will be sent when the preview is applied.</summary>
    WillChange,

    /// <summary>The change was made.</summary>
    Applied,

    /// <summary>The API refused the change (see the row's error).</summary>
    Failed,

    /// <summary>Being sent when the run stopped: resuming the job confirms whether it was made.</summary>
    Unknown,

    /// <summary>Not sent: the run stopped first. Resume the job to send it.</summary>
    NotApplied,
}
