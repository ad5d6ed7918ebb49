using System.Text.Json;

namespace GenesysCloud.Bulk.Tests.Support;

/// <summary>One request as <see cref="RecordingHandler"/> saw it.</summary>
internal sealed record RecordedRequest(string Method, string Path, string Query, JsonElement? Body, string? Token);
