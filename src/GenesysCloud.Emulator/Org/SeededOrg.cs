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
    IReadOnlyList<EmulatorConversation> Conversations);
