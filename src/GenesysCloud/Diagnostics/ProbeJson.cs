using System.Globalization;
using System.Text.Json;

namespace GenesysCloud.Diagnostics;

/// <summary>Reads the few fields the probes look at, without depending on the SDK's entity records.</summary>
internal static class ProbeJson
{
    public static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() : null;

    public static long? Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) &&
        value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : null;

    public static JsonElement Object(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value : default;

    public static IReadOnlyList<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray()] : [];

    public static IReadOnlyList<string> Strings(JsonElement element, string name) =>
        [.. Array(element, name).Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)];

    /// <summary>"200", or "400 bad.request: pageSize must be …" for a failure.</summary>
    public static string Describe(ApiResponse<JsonElement> answer)
    {
        if (answer.StatusCode is not { } status)
            return answer.Error ?? "no answer";
        if (answer.Success)
            return status.ToString(CultureInfo.InvariantCulture);
        var code = answer.ErrorCode is null ? "" : $" {answer.ErrorCode}";
        return $"{status}{code}: {answer.Error?.TrimEnd('.', ' ')}";
    }

    public static string Count(long count, string one, string many) =>
        count == 1 ? $"1 {one}" : $"{count.ToString(CultureInfo.InvariantCulture)} {many}";
}
