namespace GenesysCloud.Utilities;

/// <summary>Outcome of <see cref="GenesysConnection.ConnectAsync"/>.</summary>
/// <param name="Success">True when a token was obtained.</param>
/// <param name="Message">What happened, phrased for the user; never contains the secret.</param>
public sealed record ConnectResult(bool Success, string Message);
