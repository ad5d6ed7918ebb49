using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Emulator.Wire;

internal static class DivisionRef
{
    public static EntityRef From(EmulatorDivision division) =>
        new(division.Id, division.Name, $"/api/v2/authorization/divisions/{division.Id}");
}
