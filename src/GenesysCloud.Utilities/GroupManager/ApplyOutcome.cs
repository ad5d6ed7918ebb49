namespace GenesysCloud.Utilities.GroupManager;

/// <summary>What happened to one previewed change when it was applied.</summary>
public enum ApplyOutcome
{
    /// <summary>The change was made.</summary>
    Applied,

    /// <summary>The API refused the change; see <see cref="ApplyRowResult.Error"/>.</summary>
    Failed,

    /// <summary>Not sent because the run was cancelled first.</summary>
    NotApplied,

    /// <summary>Being sent when the run was cancelled; resuming the job in Jobs confirms whether it was made.</summary>
    Unknown,
}
