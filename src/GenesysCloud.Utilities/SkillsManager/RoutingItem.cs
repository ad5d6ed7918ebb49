namespace GenesysCloud.Utilities.SkillsManager;

/// <summary>A routing skill or language to pick in Skills Manager.</summary>
/// <param name="Kind">Skill or language.</param>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
public sealed record RoutingItem(RoutingKind Kind, string Id, string Name);
