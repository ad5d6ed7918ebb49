using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud.Http;

/// <summary>JSON settings of the wire format: camelCase, case-insensitive reads, nulls omitted on write.</summary>
internal static class GenesysJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static T? Convert<T>(JsonElement element) =>
        element.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null
            ? default
            : element.Deserialize<T>(Options);
}
