namespace GenesysCloud;

/// <summary>A Genesys Cloud region: its AWS region code and the domain its hosts live under.</summary>
/// <param name="Code">AWS region code, e.g. <c>us-east-1</c>.</param>
/// <param name="Domain">Host domain, e.g. <c>mypurecloud.com</c> (API host <c>api.{Domain}</c>).</param>
public sealed record Region(string Code, string Domain);
