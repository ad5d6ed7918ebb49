namespace GenesysCloud.Emulator.Model;

/// <summary>A seeded user; users never change after seeding.</summary>
public sealed record EmulatorUser(
    string Id, string Name, string Email, string Username, string Department, string Title,
    string State, int Version, string DivisionId);
