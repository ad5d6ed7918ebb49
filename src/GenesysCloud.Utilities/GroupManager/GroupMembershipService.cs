using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Csv;
using GenesysCloud.Bulk.Journal;
using GenesysCloud.Utilities.Jobs;

namespace GenesysCloud.Utilities.GroupManager;

/// <summary>
/// Group Manager's logic, free of UI: read a group and its members, turn pasted, uploaded or picked users
/// into a preview (the bulk engine's plan, mapped back to the input's lines), and apply a confirmed preview
/// through the engine: journaled, in batches of 50, with live progress and cancellation.
/// </summary>
public sealed class GroupMembershipService
{
    private readonly GenesysCloudApi _api;
    private readonly BulkEngine _engine;
    private readonly string? _requestedBy;

    /// <summary>Creates the service for a connected client; jobs are recorded in <paramref name="journal"/>.</summary>
    /// <param name="api">The connected client.</param>
    /// <param name="journal">Where applied changes are journaled (see the Jobs utility).</param>
    /// <param name="requestedBy">Who is making the changes, for the audit trail.</param>
    public GroupMembershipService(GenesysCloudApi api, IJobJournal journal, string? requestedBy = null)
    {
        _api = api;
        _engine = BulkEngines.For(api, journal);
        _requestedBy = requestedBy;
    }

    /// <summary>The group with its current member count and version.</summary>
    public async Task<Group> GetGroupAsync(string groupId, CancellationToken ct = default)
    {
        var response = await _api.Groups.GetAsync(groupId, ct);
        return response.EnsureSuccess() ?? throw new GenesysApiException($"Group {groupId} came back empty.");
    }

    /// <summary>Every member of the group, sorted by name.</summary>
    public async Task<IReadOnlyList<User>> GetMembersAsync(string groupId, CancellationToken ct = default)
    {
        var members = await _api.Groups.GetMembersAsync(groupId, ct);
        return [.. members.OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>Users matching free text (name, email …), for search-and-pick.</summary>
    public Task<IReadOnlyList<User>> SearchUsersAsync(string text, CancellationToken ct = default) =>
        _api.Users.SearchAsync(text, ct);

    /// <summary>
    /// Resolves parsed input against the directory and the group's members. Invalid and repeated rows keep
    /// their parse result; each valid identifier becomes will add, already a member, not found, or a
    /// duplicate when it names the same user as an earlier row. Nothing is changed.
    /// </summary>
    public async Task<MembershipPreview> PreviewAddAsync(Group group, IdentifierInput input, CancellationToken ct = default)
    {
        var plan = await PlanAsync(BulkOperation.AddToGroup, group.Id, input.Values, ct);
        var rowOfPlanItem = input.Entries.Where(e => e.Status == IdentifierStatus.Valid).Select(e => e.Row).ToArray();
        var rows = new List<PreviewRow>(input.Entries.Count);
        var planIndex = 0;
        foreach (var entry in input.Entries)
        {
            rows.Add(entry.Status switch
            {
                IdentifierStatus.Invalid => new PreviewRow(entry.Row, entry.Raw, PreviewStatus.Invalid, Note: entry.Problem),
                IdentifierStatus.Duplicate => new PreviewRow(entry.Row, entry.Raw, PreviewStatus.Duplicate, Note: entry.Problem),

                // Valid entries were planned in order: input.Values[i] is plan.Items[i].
                _ => PlannedRow(plan, plan.Items[planIndex++], entry.Row, entry.Raw, rowOfPlanItem),
            });
        }

        var blocked = input.HasFormulaCells
            ? "The input has cells that would run as spreadsheet formulas (marked invalid). Remove them and try again."
            : null;
        return new MembershipPreview(group.Id, group.Name, MembershipChange.Add, rows) { Plan = plan, BlockedReason = blocked };
    }

    /// <summary>Preview for users picked from search: will add, or already a member.</summary>
    public Task<MembershipPreview> PreviewAddUsersAsync(Group group, IEnumerable<User> users, CancellationToken ct = default) =>
        PreviewUsersAsync(group, MembershipChange.Add, users, ct);

    /// <summary>Preview for removing members selected in the grid (re-checked against current membership).</summary>
    public Task<MembershipPreview> PreviewRemoveAsync(Group group, IEnumerable<User> selected, CancellationToken ct = default) =>
        PreviewUsersAsync(group, MembershipChange.Remove, selected, ct);

    /// <summary>
    /// Applies the preview's plan through the bulk engine (journaled as job <see cref="MembershipApplyResult.JobId"/>),
    /// reporting progress after each batch. Cancellation stops before the next batch; the result says, row by row,
    /// what was applied.
    /// </summary>
    public async Task<MembershipApplyResult> ApplyAsync(MembershipPreview preview, IProgress<MembershipProgress>? progress = null, CancellationToken ct = default)
    {
        if (preview.BlockedReason is not null)
            throw new InvalidOperationException(preview.BlockedReason);
        var plan = preview.Plan ?? throw new InvalidOperationException("The preview has no plan to apply.");

        var relay = progress is null ? null : new RelayProgress(progress);
        BulkJobResult result;
        var cancelled = false;
        try
        {
            result = await _engine.ApplyAsync(plan, relay, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            cancelled = true;
            result = await _engine.GetJobAsync(plan.JobId, CancellationToken.None)
                ?? throw new InvalidOperationException($"Job {plan.JobId} was cancelled before it was journaled.");
        }

        var itemByIndex = result.Items.ToDictionary(i => i.Index);
        var rows = preview.Changes.Select(row => Outcome(row, itemByIndex.GetValueOrDefault(row.PlanIndex ?? -1))).ToArray();
        return new MembershipApplyResult(preview.Change, rows, cancelled) { JobId = plan.JobId };
    }

    private async Task<MembershipPreview> PreviewUsersAsync(Group group, MembershipChange change, IEnumerable<User> users, CancellationToken ct)
    {
        var picked = users.DistinctBy(u => u.Id).ToArray();
        var operation = change == MembershipChange.Add ? BulkOperation.AddToGroup : BulkOperation.RemoveFromGroup;
        var plan = await PlanAsync(operation, group.Id, [.. picked.Select(u => u.Id)], ct);
        var rows = picked.Select((user, i) => PlannedRow(plan, plan.Items[i], null, user.Email ?? user.Name ?? user.Id, []) with
        {
            UserName = user.Name,
        }).ToArray();
        return new MembershipPreview(group.Id, group.Name, change, rows) { Plan = plan };
    }

    private Task<BulkPlan> PlanAsync(BulkOperation operation, string groupId, IReadOnlyList<string> identifiers, CancellationToken ct) =>
        _engine.PlanAsync(new BulkRequest(operation, groupId, identifiers) { RequestedBy = _requestedBy }, ct);

    private static PreviewRow PlannedRow(BulkPlan plan, BulkPlanItem item, int? row, string input, IReadOnlyList<int> rowOfPlanItem)
    {
        var remove = plan.Request.Operation == BulkOperation.RemoveFromGroup;
        var status = item.Action switch
        {
            BulkItemAction.WillChange => remove ? PreviewStatus.WillRemove : PreviewStatus.WillAdd,
            BulkItemAction.AlreadyDone => remove ? PreviewStatus.NotMember : PreviewStatus.AlreadyMember,
            BulkItemAction.NotFound => PreviewStatus.NotFound,
            BulkItemAction.Duplicate => PreviewStatus.Duplicate,
            BulkItemAction.CannotChangeHere => PreviewStatus.CannotRemoveHere,
            _ => PreviewStatus.Invalid,
        };
        var note = item.Action switch
        {
            BulkItemAction.NotFound => "no active user matches",
            BulkItemAction.Duplicate => FirstRowOfSameUser(plan, item, rowOfPlanItem) is { } first ? $"same user as line {first}" : item.Note,
            _ => item.Note,
        };
        return new PreviewRow(row, input, status, item.UserId, item.UserName, note) { PlanIndex = item.Index };
    }

    private static int? FirstRowOfSameUser(BulkPlan plan, BulkPlanItem duplicate, IReadOnlyList<int> rowOfPlanItem)
    {
        var first = plan.Items.FirstOrDefault(i => i.UserId == duplicate.UserId && i.Action != BulkItemAction.Duplicate);
        return duplicate.UserId is not null && first is not null && first.Index < rowOfPlanItem.Count ? rowOfPlanItem[first.Index] : null;
    }

    private static ApplyRowResult Outcome(PreviewRow row, BulkJobItem? item) => item?.Status switch
    {
        BulkItemStatus.Applied => new ApplyRowResult(row, ApplyOutcome.Applied),
        BulkItemStatus.Failed => new ApplyRowResult(row, ApplyOutcome.Failed, item.Error),
        BulkItemStatus.InFlight => new ApplyRowResult(row, ApplyOutcome.Unknown, "was being sent when cancelled; resume the job in Jobs to confirm"),
        BulkItemStatus.Skipped => new ApplyRowResult(row, ApplyOutcome.NotApplied, item.Note),
        _ => new ApplyRowResult(row, ApplyOutcome.NotApplied),
    };

    /// <summary>Passes the engine's progress on in Group Manager's terms.</summary>
    private sealed class RelayProgress(IProgress<MembershipProgress> inner) : IProgress<BulkProgress>
    {
        public void Report(BulkProgress value) =>
            inner.Report(new MembershipProgress(value.Done, value.Total, value.Calls, value.Http429, value.Eta));
    }
}
