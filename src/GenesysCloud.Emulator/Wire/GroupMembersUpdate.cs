namespace GenesysCloud.Emulator.Wire;

internal sealed record GroupMembersUpdate(IReadOnlyList<string>? MemberIds, int? Version);
