using System.Text.Json;
using GenesysCloud.Bulk;

namespace GenesysCloud.Cli.Output;

/// <summary>Names and phrases for operations and enum values, shared by tables and JSON.</summary>
public static class OperationText
{
    public static string Camel<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static string TargetKind(BulkOperation operation) => operation switch
    {
        BulkOperation.AddToGroup or BulkOperation.RemoveFromGroup => "group",
        BulkOperation.AddToQueue or BulkOperation.RemoveFromQueue or BulkOperation.SyncQueue
            or BulkOperation.JoinQueue or BulkOperation.UnjoinQueue or BulkOperation.SetRingNumber => "queue",
        BulkOperation.EndConversation => "conversations",
        BulkOperation.AssignLanguage or BulkOperation.ChangeLanguage or BulkOperation.RemoveLanguage => "language",
        BulkOperation.CopyRouting => "user",
        _ => "skill",
    };

    /// <summary>The command that makes this change, e.g. "groups add-members".</summary>
    public static string Command(BulkOperation operation) => operation switch
    {
        BulkOperation.AddToGroup => "groups add-members",
        BulkOperation.RemoveFromGroup => "groups remove-members",
        BulkOperation.AddToQueue => "queues add-members",
        BulkOperation.RemoveFromQueue => "queues remove-members",
        BulkOperation.SyncQueue => "queues sync",
        BulkOperation.JoinQueue => "queues join",
        BulkOperation.UnjoinQueue => "queues unjoin",
        BulkOperation.SetRingNumber => "queues ring",
        BulkOperation.AssignSkill => "skills assign",
        BulkOperation.EndConversation => "conversations end",
        BulkOperation.ChangeSkill => "skills change",
        BulkOperation.AssignLanguage => "skills assign --language",
        BulkOperation.ChangeLanguage => "skills change --language",
        BulkOperation.RemoveLanguage => "skills remove --language",
        BulkOperation.CopyRouting => "skills copy",
        _ => "skills remove",
    };

    /// <summary>A short sentence: "add to group 'Sales'"; <paramref name="ringNumber"/> names the ring of a ring number job.</summary>
    public static string Describe(BulkOperation operation, string targetName, double? proficiency, int? ringNumber = null) => operation switch
    {
        BulkOperation.AddToGroup => $"add to group '{targetName}'",
        BulkOperation.RemoveFromGroup => $"remove from group '{targetName}'",
        BulkOperation.AddToQueue => $"add to queue '{targetName}'",
        BulkOperation.RemoveFromQueue => $"remove from queue '{targetName}'",
        BulkOperation.SyncQueue => $"make queue '{targetName}' like another (adds and removes)",
        BulkOperation.JoinQueue => $"join members to queue '{targetName}'",
        BulkOperation.UnjoinQueue => $"unjoin members from queue '{targetName}'",
        BulkOperation.SetRingNumber => ringNumber is { } ring
            ? $"put members of queue '{targetName}' on ring {ring}"
            : $"set the ring number of members of queue '{targetName}'",
        BulkOperation.AssignSkill => $"assign skill '{targetName}'" + (proficiency is { } p ? $" at proficiency {p}" : " at each row's proficiency"),
        BulkOperation.ChangeSkill => $"change skill '{targetName}'" + (proficiency is { } p ? $" to proficiency {p}" : " to each row's proficiency"),
        BulkOperation.AssignLanguage => $"assign language '{targetName}'" + (proficiency is { } p ? $" at proficiency {p}" : " at each row's proficiency"),
        BulkOperation.ChangeLanguage => $"change language '{targetName}'" + (proficiency is { } p ? $" to proficiency {p}" : " to each row's proficiency"),
        BulkOperation.RemoveLanguage => $"remove language '{targetName}'",
        BulkOperation.CopyRouting => $"copy the skills and languages of '{targetName}'",
        BulkOperation.EndConversation => "end conversations (cannot be undone)",
        _ => $"remove skill '{targetName}'",
    };
}
