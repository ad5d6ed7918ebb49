namespace GenesysCloud.Emulator.Model;

/// <summary>A routing queue as it is at the moment of the snapshot.</summary>
public sealed record EmulatorQueue(
    string Id, string Name, string Description, string DivisionId, int MemberCount, DateTimeOffset DateCreated);
