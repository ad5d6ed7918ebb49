using System.Text.Json;

namespace GenesysCloud.Benchmarks.Harness;

/// <summary>JSON settings for results files and the parent/contender hand-over.</summary>
public static class BenchmarkJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
