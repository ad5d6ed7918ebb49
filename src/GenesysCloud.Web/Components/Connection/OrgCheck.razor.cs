using GenesysCloud.Diagnostics;
using GenesysCloud.Utilities;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace GenesysCloud.Web.Components.Connection;

/// <summary>Runs the read-only org probes for the session's connection and shows pass/fail with what each means.</summary>
public sealed partial class OrgCheck
{
    private const int BrowsePageSize = 25;
    private readonly CancellationTokenSource _lifetime = new();
    private OrgCheckReport? _report;
    private string? _error;
    private bool _running;
    private Group? _group;
    private Queue? _queue;

    [Inject] private GenesysConnection Connection { get; set; } = default!;

    [Inject] private UtilityRegistry Registry { get; set; } = default!;

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }

    private async Task RunAsync()
    {
        if (Connection.Api is not { } api)
        {
            _error = "Not connected: connect to an org first.";
            return;
        }
        _running = true;
        _error = null;
        try
        {
            var options = new OrgCheckOptions
            {
                GroupId = _group?.Id,
                QueueId = _queue?.Id,
                Permissions = UtilityPermissionRequirements.From(Registry),
            };
            _report = await new OrgDoctor(api).RunAsync(options, _lifetime.Token);
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is HttpRequestException or GenesysApiException)
        {
            _error = $"The check stopped: {ex.Message}";
        }
        finally
        {
            _running = false;
        }
    }

    private async Task<IEnumerable<Group>> SearchGroupsAsync(string text, CancellationToken ct) =>
        Connection.Api is not { } api ? []
        : text.Length > 0 ? await api.Groups.SearchAsync(text, ct)
        : await api.Groups.ListAsync(BrowsePageSize, 1, ct).ToListAsync(ct);

    private async Task<IEnumerable<Queue>> SearchQueuesAsync(string text, CancellationToken ct) =>
        Connection.Api is not { } api ? []
        : text.Length > 0 ? await api.Queues.SearchAsync(text, ct)
        : await api.Queues.ListAsync(BrowsePageSize, 1, ct).ToListAsync(ct);

    private static string Summary(OrgCheckReport report) =>
        (report.HasFailures ? "Some checks failed: see the rows marked 'fail' for what they mean. " : "No check failed. ") +
        $"{report.Count(ProbeStatus.Pass)} passed, {report.Count(ProbeStatus.Warn)} warnings, {report.Count(ProbeStatus.Fail)} failed, " +
        $"{report.Count(ProbeStatus.Skip)} skipped; {report.Calls} API calls, nothing changed.";

    private static Color ColorOf(ProbeStatus status) => status switch
    {
        ProbeStatus.Pass => Color.Success,
        ProbeStatus.Warn => Color.Warning,
        ProbeStatus.Fail => Color.Error,
        _ => Color.Default,
    };

    private static string LabelOf(ProbeStatus status) => status.ToString().ToLowerInvariant();
}
