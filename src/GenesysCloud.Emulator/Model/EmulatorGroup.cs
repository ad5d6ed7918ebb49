namespace GenesysCloud.Emulator.Model;

/// <summary>A group as it is at the moment of the snapshot.</summary>
public sealed record EmulatorGroup(
    string Id, string Name, string Description, string Type, string Visibility, bool RulesVisible,
    string State, int Version, int MemberCount, DateTimeOffset DateModified);
