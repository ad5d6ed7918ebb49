using System.Text.Json;
using GenesysCloud.Bulk.Http;
using GenesysCloud.Bulk.Resolution;

namespace GenesysCloud.Bulk.Targets;

/// <summary>
/// Group membership: 50 ids per call. Adds carry the group's version; every successful add or delete raises it
/// by one, so it is read once and counted forward, and read again only after a 409 (someone else changed it).
/// </summary>
internal sealed class GroupTarget(ApiCaller api, BulkOperation operation, string id) : BulkTarget(api, operation, id)
{
    private const int MaxVersionConflicts = 5;
    private int? _version;

    public override int BatchSize => 50;

    public override bool Sequential => true;

    private bool IsAdd => Operation == BulkOperation.AddToGroup;

    public override async Task LoadAsync(CancellationToken ct)
    {
        var group = await ReadTargetAsync($"/api/v2/groups/{Uri.EscapeDataString(Id)}", "Group", ct);
        Name = WireJson.String(group, "name") ?? Id;
        _version = WireJson.Int(group, "version");
    }

    public override Task<IReadOnlyDictionary<string, double?>> ReadStateAsync(IReadOnlyCollection<string> userIds, CancellationToken ct) =>
        ReadMembersAsync($"/api/v2/groups/{Uri.EscapeDataString(Id)}/members", ct);

    public override async Task<ApiResponse<JsonElement>> SendAsync(IReadOnlyList<BulkJobItem> batch, CancellationToken ct)
    {
        var ids = batch.Select(i => i.UserId!).ToArray();
        var endpoint = $"/api/v2/groups/{Uri.EscapeDataString(Id)}/members";
        if (!IsAdd)
        {
            var query = new Dictionary<string, string?> { ["ids"] = string.Join(',', ids) };
            var removed = await Api.SendAsync((client, token) => client.DeleteAsync(endpoint, query, token), ct);
            if (removed.Success && _version is { } v) _version = v + 1;
            return removed;
        }

        for (var conflicts = 0; ; conflicts++)
        {
            if (_version is null) await LoadAsync(ct);
            var body = new { memberIds = ids, version = _version };
            var added = await Api.SendAsync((client, token) => client.SendAsync(HttpMethod.Post, endpoint, body, null, retrySafe: true, token), ct);
            if (added.Success)
            {
                _version++;
                return added;
            }

            if (!IsVersionConflict(added) || conflicts >= MaxVersionConflicts) return added;
            _version = null;
        }
    }

    private static bool IsVersionConflict(ApiResponse<JsonElement> response) =>
        response.StatusCode == 409 ||
        (response.StatusCode == 400 && (response.Error?.Contains("version", StringComparison.OrdinalIgnoreCase) ?? false));
}
