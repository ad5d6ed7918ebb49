using GenesysCloud.Benchmarks.Harness;

namespace GenesysCloud.Benchmarks.Listing;

/// <summary>List every active user; <see cref="Pages"/> is the page count at the API's largest page size.</summary>
public sealed record ListingScenario(int Count, string Digest, int Pages)
{
    public ContenderRequest ToRequest(BenchmarkSettings settings) =>
        new(ListUsersBenchmark.Name, "", settings, null, [], Count);
}
