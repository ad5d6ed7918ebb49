using System.Globalization;
using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Conversations;
using GenesysCloud.Utilities.Downloads;
using GenesysCloud.Utilities.Workflow;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace GenesysCloud.Utilities.ConversationTools;

public sealed partial class StuckConversationsPanel : IDisposable
{
    private const string Utility = "Conversation Tools";
    private static readonly string[] MediaTypes = ["voice", "callback", "chat", "email", "message"];

    private readonly PanelSteps _steps = new();
    private IReadOnlyList<Queue> _queues = [];
    private IReadOnlyCollection<string> _queueIds = [];
    private IReadOnlyCollection<string> _mediaTypes = [];
    private User? _agent;
    private int _olderThanHours = (int)StuckConversationFilter.DefaultOlderThan.TotalHours;
    private int _lookbackDays = (int)StuckConversationFilter.DefaultLookback.TotalDays;
    private IReadOnlyList<StuckConversation>? _found;
    private HashSet<StuckConversation> _selected = [];
    private StuckConversationFilter? _lastFilter;
    private string _searched = "";
    private BulkWorkflow? _workflow;
    private bool _confirming;

    [Inject] private BulkWorkflowService Workflow { get; set; } = default!;

    [Inject] private IJSRuntime Js { get; set; } = default!;

    [Inject] private TimeProvider? Time { get; set; }

    /// <summary>The session's client (queues and people for the filters).</summary>
    [Parameter, EditorRequired] public GenesysCloudApi Api { get; set; } = default!;

    /// <summary>The sweep service of the session's client.</summary>
    [Parameter, EditorRequired] public ConversationSweep Sweep { get; set; } = default!;

    /// <summary>What ending conversations is called in the workflow, the journal and the Jobs page.</summary>
    public static BulkChange EndChange { get; } = new(Utility, BulkChange.Describe(BulkOperation.EndConversation), ConversationEndPlanner.TargetId,
        ids => new BulkRequest(BulkOperation.EndConversation, ConversationEndPlanner.TargetId, ids))
    {
        Wording = ChangeWording.For(BulkOperation.EndConversation),
    };

    protected override Task OnInitializedAsync() => RunAsync("Loading the queues", async ct =>
    {
        var queues = new List<Queue>();
        await foreach (var queue in Api.Queues.ListAsync(ct: ct))
            queues.Add(queue);
        _queues = [.. queues.OrderBy(q => q.Name, StringComparer.OrdinalIgnoreCase)];
    });

    private Task FindAsync() => RunAsync("Finding stuck conversations", async ct =>
    {
        var filter = new StuckConversationFilter
        {
            OlderThan = TimeSpan.FromHours(_olderThanHours),
            Lookback = TimeSpan.FromDays(_lookbackDays),
            QueueIds = [.. _queueIds],
            MediaTypes = [.. _mediaTypes],
            UserIds = _agent is null ? [] : [_agent.Id],
        };
        _confirming = false;
        _found = await Sweep.FindStuckAsync(filter, ct);
        _selected = [];
        _lastFilter = filter;
        _searched = string.Create(CultureInfo.InvariantCulture, $"{_olderThanHours} hours to {_lookbackDays} days ago") + FilterText();
    });

    private async Task EndSelectedAsync()
    {
        _confirming = false;
        var picked = _found?.Where(_selected.Contains).ToList() ?? [];
        if (picked.Count == 0 || _workflow is null)
            return;
        await RunAsync("Ending the conversations", async _ =>
        {
            var input = new WorkInput("selected conversations", [.. picked.Select(c => new WorkRow(null, c.ConversationId, RowState.WillChange)
            {
                Identifier = c.ConversationId,
                UserName = c.Description,
            })]);
            var plan = Sweep.PlanEnd(picked, Workflow.Owner.RequestedBy(Utility));
            await _workflow.ApplyAsync(new WorkPreview(EndChange, input.Source, WorkRows.Planned(input, plan), plan));
        });
    }

    /// <summary>After the job, the list is searched again so that ended conversations leave it.</summary>
    private Task OnJobFinishedAsync() => _lastFilter is null ? Task.CompletedTask : RunAsync("Refreshing the list", async ct =>
    {
        _found = await Sweep.FindStuckAsync(_lastFilter, ct);
        _selected = [];
    });

    private Task ExportAsync() => RunAsync("Exporting the conversations", ct =>
        BrowserDownload.SaveAsync(Js, BrowserDownload.FileName("stuck-conversations", null, (Time ?? TimeProvider.System).GetUtcNow()),
            "text/csv", ConversationSweep.ExportCsv(_found ?? []), ct));

    private async Task<IEnumerable<User>> SearchUsersAsync(string text, CancellationToken ct) =>
        text.Length < 2 ? [] : await Api.Users.SearchAsync(text, ct);

    private string QueueName(string id) => _queues.FirstOrDefault(q => q.Id == id)?.Name ?? id;

    private string FilterText()
    {
        var parts = new List<string>();
        if (_queueIds.Any()) parts.Add("in " + string.Join(", ", _queueIds.Select(QueueName)));
        if (_mediaTypes.Any()) parts.Add(string.Join(" or ", _mediaTypes));
        if (_agent is not null) parts.Add($"with {_agent.Name}");
        return parts.Count == 0 ? "" : " · " + string.Join(" · ", parts);
    }

    /// <summary>Runs one step; any failure (a 100,000-result window included) becomes the message above the list.</summary>
    private Task RunAsync(string action, Func<CancellationToken, Task> work) => _steps.RunAsync(action, work);

    public void Dispose()
    {
        _steps.Dispose();
    }
}
