using GenesysCloud.Bulk.Csv;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace GenesysCloud.Utilities.Workflow;

/// <summary>The workflow's input tabs. Each tab reads its rows and hands them to <see cref="Preview"/>.</summary>
public sealed partial class BulkInputPanel
{
    private PasteBox? _paste;
    private long _pastedBytes;
    private string? _searchText;
    private bool _searching;
    private bool _searchedOnce;
    private IReadOnlyList<User> _found = [];
    private IReadOnlyCollection<User>? _picked;
    private bool _fromQueue;
    private Group? _copyGroup;
    private Queue? _copyQueue;

    /// <summary>Heading of the panel ("Add members").</summary>
    [Parameter] public string Title { get; set; } = "Input";

    /// <summary>The session's client, for search and for listing a group's or queue's members.</summary>
    [Parameter, EditorRequired] public GenesysCloudApi Api { get; set; } = default!;

    /// <summary>What pasted identifiers name users by.</summary>
    [Parameter] public IdentifierKind Kind { get; set; } = IdentifierKind.Email;

    /// <summary>Input limits (5 MB, 100,000 rows unless a test or host sets smaller ones).</summary>
    [Parameter] public IdentifierInputOptions InputOptions { get; set; } = IdentifierInputOptions.Default;

    [Parameter] public bool Busy { get; set; }

    /// <summary>The change's reader of a CSV's own columns (<see cref="BulkChange.FromCsvColumns"/>); null to read people only.</summary>
    [Parameter] public Func<byte[], IdentifierInput, BulkChange>? CsvColumns { get; set; }

    /// <summary>Runs a step that reads rows (named for error messages) and previews them.</summary>
    [Parameter, EditorRequired] public Func<string, Func<CancellationToken, Task<WorkInput>>, Task> Preview { get; set; } = default!;

    /// <summary>Runs a step that only reads (search), with the workflow's error display.</summary>
    [Parameter, EditorRequired] public Func<string, Func<CancellationToken, Task>, Task> Run { get; set; } = default!;

    private string KindLabel => Kind switch
    {
        IdentifierKind.UserId => "User ids",
        IdentifierKind.Username => "Usernames",
        _ => "Emails",
    };

    private Task PreviewPastedAsync() => Preview("Previewing the pasted text", async ct =>
    {
        var text = await _paste!.ReadAsync(ct);
        return WorkInput.From("pasted text", PastedIdentifierParser.Parse(text, Kind, InputOptions));
    });

    private Task PreviewCsvAsync(InputFileChangeEventArgs e) => Preview($"Reading {e.File.Name}", async ct =>
    {
        if (e.File.Size > InputOptions.MaxBytes)
            throw new CsvInputException($"{e.File.Name} is {PasteBox.Size(e.File.Size)}; the limit is {PasteBox.Size(InputOptions.MaxBytes)}.");
        await using var stream = e.File.OpenReadStream(InputOptions.MaxBytes, ct);
        if (CsvColumns is not { } columns)
            return WorkInput.From(e.File.Name, await CsvIdentifierParser.ParseAsync(stream, InputOptions, ct));

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var people = CsvIdentifierParser.Parse(bytes, InputOptions);
        return WorkInput.From(e.File.Name, people) with { PlannedAs = columns(bytes, people) };
    });

    private Task PreviewPickedAsync() => Preview("Previewing the picked users", _ =>
        Task.FromResult(WorkInput.FromUsers("picked users", _picked ?? [])));

    private Task PreviewMembersAsync() => Preview("Listing the members", async ct =>
    {
        if (_fromQueue && _copyQueue is { } queue)
        {
            var members = await Api.Queues.GetMembersAsync(queue.Id, ct);
            return WorkInput.FromUsers($"members of queue '{queue.Name}'",
                members.Select(m => m.User ?? new User { Id = m.Id, Name = m.Name }));
        }

        var group = _copyGroup!;
        return WorkInput.FromUsers($"members of group '{group.Name}'", await Api.Groups.GetMembersAsync(group.Id, ct));
    });

    private async Task<IEnumerable<Group>> SearchGroupsAsync(string text, CancellationToken ct) =>
        text.Length == 0 ? [] : await Api.Groups.SearchAsync(text, ct);

    private async Task<IEnumerable<Queue>> SearchQueuesAsync(string text, CancellationToken ct) =>
        text.Length == 0 ? [] : await Api.Queues.SearchAsync(text, ct);

    private async Task SearchAsync(string? text)
    {
        _searchText = text;
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length < 2)
        {
            _found = [];
            return;
        }

        _searching = true;
        try
        {
            await Run("Searching users", async ct =>
            {
                var found = await Api.Users.SearchAsync(text, ct);
                _found = [.. found.Take(50)];
                _searchedOnce = true;
            });
        }
        finally
        {
            _searching = false;
        }
    }
}
