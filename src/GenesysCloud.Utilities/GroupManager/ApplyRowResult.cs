namespace GenesysCloud.Utilities.GroupManager;

/// <summary>The result of one previewed change.</summary>
/// <param name="Row">The preview row.</param>
/// <param name="Outcome">Applied, failed or not applied.</param>
/// <param name="Error">Status, Genesys message and correlation id when it failed.</param>
public sealed record ApplyRowResult(PreviewRow Row, ApplyOutcome Outcome, string? Error = null);
