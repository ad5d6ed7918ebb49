namespace GenesysCloud;

/// <summary>A token for an API call, or why none could be obtained.</summary>
internal readonly record struct AuthResult(string? AccessToken, string? FailureMessage);
