using GenesysCloud.Bulk.Csv;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace GenesysCloud.Utilities.GroupManager;

public partial class AddMembersPanel
{
    private string? _pasted;
    private string? _searchText;
    private bool _searching;
    private bool _searchedOnce;
    private IReadOnlyList<User> _found = [];
    private IReadOnlyCollection<User>? _picked;

    [Parameter, EditorRequired] public GroupMembershipService Service { get; set; } = default!;

    [Parameter, EditorRequired] public Group Group { get; set; } = default!;

    [Parameter] public bool Busy { get; set; }

    /// <summary>Input limits; the defaults unless a test or host sets smaller ones.</summary>
    [Parameter] public IdentifierInputOptions InputOptions { get; set; } = IdentifierInputOptions.Default;

    /// <summary>Runs a step with the parent's busy state and error display.</summary>
    [Parameter, EditorRequired] public Func<string, Func<CancellationToken, Task>, Task> Run { get; set; } = default!;

    /// <summary>Raised with a preview to show; nothing has been changed yet.</summary>
    [Parameter] public EventCallback<MembershipPreview> OnPreview { get; set; }

    private string SizeLimitText => $"{InputOptions.MaxBytes / (1024 * 1024)} MB";

    private Task PreviewPastedAsync() => Run("Previewing the pasted emails", async ct =>
    {
        var input = PastedIdentifierParser.Parse(_pasted ?? "", IdentifierKind.Email, InputOptions);
        await OnPreview.InvokeAsync(await Service.PreviewAddAsync(Group, input, ct));
    });

    private Task PreviewCsvAsync(InputFileChangeEventArgs e) => Run($"Reading {e.File.Name}", async ct =>
    {
        if (e.File.Size > InputOptions.MaxBytes)
            throw new CsvInputException($"{e.File.Name} is {e.File.Size / (1024.0 * 1024.0):0.#} MB; the limit is {SizeLimitText}.");
        await using var stream = e.File.OpenReadStream(InputOptions.MaxBytes, ct);
        var input = await CsvIdentifierParser.ParseAsync(stream, InputOptions, ct);
        await OnPreview.InvokeAsync(await Service.PreviewAddAsync(Group, input, ct));
    });

    private Task PreviewPickedAsync() => Run("Previewing the picked users", async ct =>
        await OnPreview.InvokeAsync(await Service.PreviewAddUsersAsync(Group, _picked ?? [], ct)));

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
                var found = await Service.SearchUsersAsync(text, ct);
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
