using GenesysCloud.Emulator;

namespace GenesysCloud.Tests.Support;

/// <summary>Starts small in-process emulators and SDK clients wired to them.</summary>
internal static class TestEmulator
{
    public static Task<GenesysEmulator> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions
        {
            Users = 200,
            Groups = 8,
            Queues = 5,
            Skills = 12,
            Languages = 4,
            WrapupCodes = 6,
            Conversations = 150,
            RateLimitPerMinute = 0,
        };
        configure?.Invoke(options);
        return GenesysEmulator.StartAsync(options);
    }

    public static GenesysConfig Config(GenesysEmulator emulator) =>
        new(emulator.ClientId, emulator.ClientSecret) { ApiBaseUrl = emulator.BaseUrl, AuthBaseUrl = emulator.BaseUrl };

    /// <summary>A client with the rate limiter off and short backoffs, so tests stay fast.</summary>
    public static GenesysCloudApi Client(GenesysEmulator emulator, Action<GenesysApiOptions>? configure = null,
        HttpMessageHandler? handler = null, TimeProvider? authTime = null)
    {
        var options = new GenesysApiOptions
        {
            RequestsPerMinute = 0,
            BackoffBaseDelay = TimeSpan.FromMilliseconds(10),
        };
        configure?.Invoke(options);
        return new GenesysCloudApi(new GenesysAuth(Config(emulator), null, authTime), options, handler);
    }
}
