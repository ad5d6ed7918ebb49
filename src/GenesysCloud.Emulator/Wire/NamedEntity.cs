namespace GenesysCloud.Emulator.Wire;

/// <summary>The shape of skills, languages and wrap-up codes.</summary>
internal sealed record NamedEntity(string Id, string Name, string State, int Version, string SelfUri);
