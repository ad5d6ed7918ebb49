using GenesysCloud.Bulk;

namespace GenesysCloud.Utilities.Permissions;

/// <summary>
/// The Genesys permissions a bulk job's operation needs, so a job started from anywhere (a utility, a resume or an
/// undo in Jobs, the CLI) is checked like the utility pages are. Each list is part of what the utility doing that
/// operation declares in its <see cref="UtilityConfig.Permissions"/>: the job's writes, and reading the users it names.
/// </summary>
public static class OperationPermissions
{
    private static readonly string[] Group = ["directory:group:edit", "directory:user:view"];
    private static readonly string[] Queue = ["routing:queueMember:manage", "directory:user:view"];
    private static readonly string[] Skill = ["routing:skill:assign", "directory:user:view"];
    // Assigning and removing languages accepts routing:skill:assign or routing:language:assign (Genesys's API docs).
    private static readonly string[] Language = ["routing:skill:assign|routing:language:assign", "directory:user:view"];
    private static readonly string[] Conversation = ["conversation:communication:disconnect"];

    /// <summary>The permissions a job of <paramref name="operation"/> needs (alternatives joined by <see cref="PermissionCheck.AnyOf"/>).</summary>
    public static IReadOnlyList<string> For(BulkOperation operation) => operation switch
    {
        BulkOperation.AddToGroup or BulkOperation.RemoveFromGroup => Group,
        BulkOperation.AddToQueue or BulkOperation.RemoveFromQueue or BulkOperation.SyncQueue
            or BulkOperation.JoinQueue or BulkOperation.UnjoinQueue or BulkOperation.SetRingNumber => Queue,
        BulkOperation.AssignSkill or BulkOperation.ChangeSkill or BulkOperation.RemoveSkill or BulkOperation.CopyRouting => Skill,
        BulkOperation.AssignLanguage or BulkOperation.ChangeLanguage or BulkOperation.RemoveLanguage => Language,
        BulkOperation.EndConversation => Conversation,
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "No permissions are known for this operation."),
    };

    /// <summary>
    /// Throws <see cref="MissingPermissionsException"/> when <paramref name="held"/> lacks any permission a job of
    /// <paramref name="operation"/> needs. Null <paramref name="held"/> (client credentials, no person) is not checked:
    /// Genesys Cloud checks the client's role itself.
    /// </summary>
    /// <param name="held">The person's permissions, wildcards kept; null for client credentials.</param>
    /// <param name="operation">What the job does.</param>
    /// <param name="job">The job in words for the message, e.g. "Resuming job 42 (Add to group)".</param>
    public static void Demand(IReadOnlySet<string>? held, BulkOperation operation, string job)
    {
        if (held is null)
            return;
        var missing = PermissionCheck.Missing(For(operation), held);
        if (missing.Count > 0)
            throw new MissingPermissionsException(missing, PermissionCheck.Explain(job, missing));
    }
}
