namespace GenesysCloud.Benchmarks.Listing;

/// <summary>List every active user; <see cref="Pages"/> is the page count at the API's largest page size.</summary>
public sealed record ListingScenario(IReadOnlySet<string> ExpectedUserIds, int Pages);
