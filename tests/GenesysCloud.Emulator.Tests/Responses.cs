using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GenesysCloud.Emulator.Tests;

internal static class Responses
{
    /// <summary>Asserts the status and the Genesys ErrorBody (code, status, contextId = correlation header); returns the body.</summary>
    public static async Task<JsonElement> AssertErrorAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("message").GetString()));
        var contextId = body.GetProperty("contextId").GetString();
        Assert.Equal(contextId, Assert.Single(response.Headers.GetValues("inin-correlation-id")));
        return body;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static IReadOnlyList<string> Ids(this JsonElement array) =>
        [.. array.EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
}
