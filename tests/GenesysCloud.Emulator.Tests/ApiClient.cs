using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace GenesysCloud.Emulator.Tests;

/// <summary>A plain HttpClient against one emulator, authenticated with a client-credentials token.</summary>
internal sealed class ApiClient : IDisposable
{
    private ApiClient(HttpClient http) => Http = http;

    public HttpClient Http { get; }

    public static async Task<ApiClient> ConnectAsync(GenesysEmulator emulator)
    {
        var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        var token = await RequestTokenAsync(http, emulator.ClientId, emulator.ClientSecret);
        var body = await token.Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("access_token").GetString());
        return new ApiClient(http);
    }

    public static async Task<HttpResponseMessage> RequestTokenAsync(HttpClient http, string clientId, string clientSecret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/oauth/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));
        return await http.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string uri) => Http.GetAsync(uri);

    public Task<HttpResponseMessage> PostAsync(string uri, object body) => Http.PostAsJsonAsync(uri, body);

    public Task<HttpResponseMessage> DeleteAsync(string uri) => Http.DeleteAsync(uri);

    public async Task<JsonElement> GetJsonAsync(string uri)
    {
        using var response = await Http.GetAsync(uri);
        Assert.True(response.IsSuccessStatusCode, $"GET {uri} answered {(int)response.StatusCode}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public void Dispose() => Http.Dispose();
}
