namespace GenesysCloud.Cli.Connection;

/// <summary>What a membership command changes.</summary>
public enum TargetKind
{
    Group,
    Queue,
    Skill,
    Language,
}
