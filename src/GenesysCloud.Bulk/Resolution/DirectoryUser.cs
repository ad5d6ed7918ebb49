namespace GenesysCloud.Bulk.Resolution;

/// <summary>The few user fields resolution needs (kept small: a directory may hold 100,000 of them).</summary>
internal sealed record DirectoryUser(string Id, string? Name, string? Email, string? Username);
