namespace GenesysCloud;

/// <summary>Credentials and hosts that all came from one place.</summary>
/// <param name="Config">Client id, secret, region and URLs.</param>
/// <param name="Origin">Where they came from: <c>environment</c> or the config file's full path.</param>
public sealed record ResolvedCredentials(GenesysConfig Config, string Origin);
