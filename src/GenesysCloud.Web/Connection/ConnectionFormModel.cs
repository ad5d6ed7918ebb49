namespace GenesysCloud.Web.Connection;

/// <summary>The manual connection form. The secret is cleared after each attempt and never rendered back.</summary>
public sealed class ConnectionFormModel
{
    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    public string Region { get; set; } = "mypurecloud.com";

    /// <summary>Optional API base URL for an emulator or proxy; also used as the login host.</summary>
    public string? ApiUrl { get; set; }

    /// <summary>Problems keyed by field name (nameof the property); empty when the form can be submitted.</summary>
    public IReadOnlyDictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(ClientId))
        {
            errors[nameof(ClientId)] = "Client id is required.";
        }

        if (string.IsNullOrWhiteSpace(ClientSecret))
        {
            errors[nameof(ClientSecret)] = "Client secret is required.";
        }

        if (Regions.Find(Region) is null)
        {
            errors[nameof(Region)] = $"Unknown region '{Region}'. Choose a region from the list.";
        }

        if (!string.IsNullOrWhiteSpace(ApiUrl) && !IsHttpUrl(ApiUrl))
        {
            errors[nameof(ApiUrl)] = "The API URL must be an absolute http:// or https:// URL.";
        }

        return errors;
    }

    /// <summary>Builds the SDK configuration; call only when <see cref="Validate"/> found nothing.</summary>
    public GenesysConfig ToConfig()
    {
        var url = string.IsNullOrWhiteSpace(ApiUrl) ? null : new Uri(ApiUrl.Trim());
        return new GenesysConfig(ClientId.Trim(), ClientSecret, Region) { ApiBaseUrl = url, AuthBaseUrl = url };
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
