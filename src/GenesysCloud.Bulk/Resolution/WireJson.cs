using System.Text.Json;

namespace GenesysCloud.Bulk.Resolution;

/// <summary>Reads the few fields the engine needs straight from response JSON (no full model per user).</summary>
internal static class WireJson
{
    public static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() : null;

    public static int? Int(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetInt32() : null;

    public static double? Double(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble() : null;

    public static IEnumerable<JsonElement> Array(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray() : [];

    public static DirectoryUser? User(JsonElement element) =>
        String(element, "id") is { } id
            ? new DirectoryUser(id, String(element, "name"), String(element, "email"), String(element, "username"))
            : null;

    public static IEnumerable<DirectoryUser> Users(JsonElement envelope, string property) =>
        Array(envelope, property).Select(User).OfType<DirectoryUser>();

    /// <summary>Throws the SDK's exception for a failed read (planning cannot go on without it).</summary>
    public static JsonElement Require(ApiResponse<JsonElement> response, string what) =>
        response.Success
            ? response.Data
            : throw new GenesysApiException($"{what} failed: {response.Error}", response.StatusCode, response.ErrorCode, response.ContextId);
}
