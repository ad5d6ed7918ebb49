namespace GenesysCloud.Web.Connection;

/// <summary>The manual connection form. The secret is cleared after each attempt and never rendered back.</summary>
public sealed class ConnectionFormModel
{
    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    public string Region { get; set; } = "mypurecloud.com";

    /// <summary>Optional API URL: a region's <c>https://api.…</c> host or the emulator on loopback; nothing else is accepted.</summary>
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

        if (GenesysHosts.ApiUrlProblem(ApiUrl, "The API URL") is { } problem)
        {
            errors[nameof(ApiUrl)] = problem;
        }

        return errors;
    }

    /// <summary>Builds the SDK configuration; call only when <see cref="Validate"/> found nothing.</summary>
    public GenesysConfig ToConfig()
    {
        var url = GenesysHosts.ParseApiUrl(ApiUrl, nameof(ApiUrl));
        return new GenesysConfig(ClientId.Trim(), ClientSecret, Region) { ApiBaseUrl = url, AuthBaseUrl = url is null ? null : GenesysHosts.LoginUrlFor(url) };
    }
}
