using System.Text.Json;
using GenesysCloud.Emulator;

namespace GenesysCloud.Cli.Tests.Support;

/// <summary>A config.json that points gcutil at an emulator (the way a user points it at an org).</summary>
public static class EmulatorConfigFile
{
    public static Task WriteAsync(GenesysEmulator emulator, string path) =>
        File.WriteAllTextAsync(path, JsonSerializer.Serialize(new
        {
            clientId = emulator.ClientId,
            clientSecret = emulator.ClientSecret,
            apiUrl = emulator.BaseUrl.ToString(),
            authUrl = emulator.BaseUrl.ToString(),
        }));
}
