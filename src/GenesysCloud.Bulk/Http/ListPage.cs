using System.Text.Json;

namespace GenesysCloud.Bulk.Http;

/// <summary>One page of a list envelope; <see cref="PageCount"/> is null for listings without totals (queue members).</summary>
internal sealed record ListPage(IReadOnlyList<JsonElement> Entities, int? Total, int? PageCount, bool HasNext);
