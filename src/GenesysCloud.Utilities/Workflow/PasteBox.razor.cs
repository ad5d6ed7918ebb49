using System.Text;
using GenesysCloud.Bulk.Csv;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace GenesysCloud.Utilities.Workflow;

/// <summary>
/// The paste input. A bound textarea sends its whole text in one SignalR message, and a message over the
/// hub's limit (32 KB by default, about 1,000 emails) is dropped; so this one is not bound: the browser reports
/// only the size as it changes, and <see cref="ReadAsync"/> streams the text in chunks when it is needed.
/// </summary>
public sealed partial class PasteBox : IAsyncDisposable
{
    private const string ModulePath = "./_content/GenesysCloud.Utilities/js/paste.js";
    private ElementReference _textarea;
    private IJSObjectReference? _module;
    private IJSObjectReference? _watch;
    private DotNetObjectReference<PasteBox>? _self;

    [Inject] private IJSRuntime Js { get; set; } = default!;

    /// <summary>Element id of the textarea.</summary>
    [Parameter] public string Id { get; set; } = "wf-paste-input";

    /// <summary>Label above the box.</summary>
    [Parameter] public string Label { get; set; } = "Emails";

    /// <summary>What may be pasted.</summary>
    [Parameter] public string HelperText { get; set; } = "Separated by commas, semicolons, spaces or new lines; 'Name <email>' works too.";

    /// <summary>Largest text accepted, in UTF-8 bytes.</summary>
    [Parameter] public long MaxBytes { get; set; } = IdentifierInputOptions.Default.MaxBytes;

    /// <summary>Disables the box (while busy).</summary>
    [Parameter] public bool Disabled { get; set; }

    /// <summary>Raised when the size of the text changes.</summary>
    [Parameter] public EventCallback<long> BytesChanged { get; set; }

    /// <summary>UTF-8 size of the text, as last reported by the browser.</summary>
    public long Bytes { get; private set; }

    /// <summary>True when the text is over <see cref="MaxBytes"/>.</summary>
    public bool TooLarge => Bytes > MaxBytes;

    private string SizeText => TooLarge
        ? $"{Size(Bytes)} pasted: over the {Size(MaxBytes)} limit. Upload the list as a CSV file, or split it."
        : Bytes == 0 ? $"up to {Size(MaxBytes)}" : $"{Size(Bytes)} of {Size(MaxBytes)}";

    /// <summary>Called by the browser with the text's new size.</summary>
    [JSInvokable]
    public async Task OnPasteChanged(long bytes)
    {
        Bytes = bytes;
        await BytesChanged.InvokeAsync(bytes);
        StateHasChanged();
    }

    /// <summary>The pasted text, streamed from the browser. Throws <see cref="CsvInputException"/> when over <see cref="MaxBytes"/>.</summary>
    public async Task<string> ReadAsync(CancellationToken ct)
    {
        if (_module is null)
            throw new InvalidOperationException("The paste box is still loading; try again in a moment.");
        var reference = await _module.InvokeAsync<IJSStreamReference?>("read", ct, _textarea);
        if (reference is null)
            return "";
        await using (reference)
        {
            if (reference.Length > MaxBytes)
                throw new CsvInputException($"The pasted text is {Size(reference.Length)}; the limit is {Size(MaxBytes)}. Upload the list as a CSV file, or split it.");
            await using var stream = await reference.OpenReadStreamAsync(MaxBytes, ct);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return await reader.ReadToEndAsync(ct);
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
            return;
        _self = DotNetObjectReference.Create(this);
        _module = await Js.InvokeAsync<IJSObjectReference>("import", ModulePath);
        _watch = await _module.InvokeAsync<IJSObjectReference?>("watch", _textarea, _self);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_watch is not null)
            {
                await _watch.InvokeVoidAsync("dispose");
                await _watch.DisposeAsync();
            }

            if (_module is not null)
                await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The tab is gone; there is nothing left to detach.
        }

        _self?.Dispose();
    }

    internal static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024.0):0.#} MB" : $"{bytes / 1024.0:0.#} KB";
}
