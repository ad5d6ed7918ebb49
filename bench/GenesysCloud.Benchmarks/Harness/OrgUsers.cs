using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Benchmarks.Harness;

/// <summary>Which seeded users the API lists and finds by default.</summary>
public static class OrgUsers
{
    public static bool IsActive(EmulatorUser user) => user.State == "active";
}
