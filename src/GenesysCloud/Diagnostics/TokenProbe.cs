using System.Text.Json;

namespace GenesysCloud.Diagnostics;

/// <summary>Does the token work? <c>GET /api/v2/tokens/me</c> needs no permission.</summary>
internal static class TokenProbe
{
    private const string Assumption = "The configured credentials give a token the API accepts.";

    public static async Task<ProbeResult> RunAsync(ProbeRun run, CancellationToken ct)
    {
        var answer = await run.Calls.GetAsync(ProbeEndpoints.TokensMe, ProbeEndpoints.Path(ProbeEndpoints.TokensMe), null, ct)
            .ConfigureAwait(false);
        if (!answer.Success)
        {
            return new ProbeResult("token", "Token", ProbeStatus.Fail, Assumption,
                $"{ProbeEndpoints.TokensMe} answered {ProbeJson.Describe(answer)}.",
                answer.StatusCode == 401
                    ? "The API refuses the token: nothing else can run. Check the client id, secret and region."
                    : "The token could not be inspected; the checks below show what does work.");
        }
        run.TokenInfo = answer.Data;
        var org = ProbeJson.String(ProbeJson.Object(answer.Data, "organization"), "name") ?? "(unnamed)";
        var clientName = ProbeJson.String(OAuthClient(answer.Data), "name");
        return new ProbeResult("token", "Token", ProbeStatus.Pass, Assumption,
            $"organization '{org}'" + (clientName is null ? "" : $", OAuth client '{clientName}'") + ".",
            "Calls authenticate; the checks below use this token.");
    }

    /// <summary>The token's OAuth client; the API names the field <c>OAuthClient</c>.</summary>
    public static JsonElement OAuthClient(JsonElement tokenInfo) =>
        ProbeJson.Object(tokenInfo, "OAuthClient") is { ValueKind: JsonValueKind.Object } client
            ? client : ProbeJson.Object(tokenInfo, "oAuthClient");
}
