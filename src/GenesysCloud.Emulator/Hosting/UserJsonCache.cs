using System.Runtime.CompilerServices;
using System.Text.Json;
using GenesysCloud.Emulator.Model;
using GenesysCloud.Emulator.Wire;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Emulator.Hosting;

/// <summary>
/// Each user as the API writes it, serialized once (users never change after seeding). A directory page of 500 users took
/// about 5 ms of CPU to serialize anew for every request, CPU that a benchmark's client shares with the emulator on one machine
/// and does not share with the real service.
/// </summary>
internal sealed class UserJsonCache(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
{
    private readonly ConditionalWeakTable<EmulatorUser, PreparedJson> _users = new();
    private readonly JsonSerializerOptions _options = json.Value.SerializerOptions;

    public PreparedJson Of(EmulatorUser user, EmulatorDivision division) =>
        _users.GetValue(user, u => new PreparedJson(JsonSerializer.SerializeToUtf8Bytes(User.From(u, division), _options)));
}
