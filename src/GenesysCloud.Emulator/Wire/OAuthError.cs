using System.Text.Json.Serialization;

namespace GenesysCloud.Emulator.Wire;

/// <summary>The login host's error shape, unlike the API's ErrorBody.</summary>
internal sealed record OAuthError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("error_description")] string ErrorDescription);
