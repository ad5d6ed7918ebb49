namespace GenesysCloud.Emulator.Wire;

internal sealed record ConversationDivision(EntityRef Division, IReadOnlyList<EntityRef> Entities);
