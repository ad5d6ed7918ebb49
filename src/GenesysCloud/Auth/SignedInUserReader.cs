using System.Text.Json;

namespace GenesysCloud;

/// <summary>Reads who a signed-in token belongs to and what that person may do.</summary>
public static class SignedInUserReader
{
    /// <summary>
    /// <c>GET /api/v2/users/me?expand=authorization</c>: the token's person with their permissions. Only a person's
    /// token (authorization code) has a "me"; a client-credentials token gets an error response.
    /// </summary>
    public static async Task<ApiResponse<SignedInUser>> GetSignedInUserAsync(this GenesysCloudApi api, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        var response = await api.GetAsync("/api/v2/users/me", new Dictionary<string, string?> { ["expand"] = "authorization" }, ct)
            .ConfigureAwait(false);
        if (!response.Success)
            return response.AsFailure<SignedInUser>();
        var root = response.Data;
        if (root.ValueKind != JsonValueKind.Object || Text(root, "id") is not { } id)
            return new ApiResponse<SignedInUser>(false, null, "users/me answered without a user id.", response.StatusCode) { ContextId = response.ContextId };
        var authorization = root.TryGetProperty("authorization", out var a) && a.ValueKind == JsonValueKind.Object ? a : default;
        var permissions = Strings(authorization, "permissions", item => item.ValueKind == JsonValueKind.String ? item.GetString() : null);
        var roles = Strings(authorization, "roles", item => item.ValueKind == JsonValueKind.Object ? Text(item, "name") : null);
        var user = new SignedInUser(id, Text(root, "name") ?? id, Text(root, "email"),
            new HashSet<string>(permissions, StringComparer.OrdinalIgnoreCase), roles);
        return new ApiResponse<SignedInUser>(true, user, null, response.StatusCode) { ContextId = response.ContextId };
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private static string[] Strings(JsonElement parent, string name, Func<JsonElement, string?> read) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Select(read).OfType<string>()]
            : [];
}
