using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Emulator.Org;

internal sealed record SeededOrg(
    EmulatorDivision Division,
    EmulatorUser[] Users,
    IReadOnlyList<GroupEntry> Groups,
    IReadOnlyList<QueueEntry> Queues,
    IReadOnlyList<EmulatorSkill> Skills,
    IReadOnlyList<EmulatorLanguage> Languages,
    IReadOnlyList<EmulatorWrapupCode> WrapupCodes,
    Dictionary<string, Dictionary<string, double>> UserSkills,
    IReadOnlyList<EmulatorConversation> Conversations)
{
    /// <summary>User id → language id → proficiency (whole numbers).</summary>
    public Dictionary<string, Dictionary<string, double>> UserLanguages { get; init; } = new(StringComparer.Ordinal);
}
