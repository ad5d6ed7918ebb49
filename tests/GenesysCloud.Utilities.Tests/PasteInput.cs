using System.Text;
using Bunit;
using GenesysCloud.Utilities.Workflow;
using Microsoft.JSInterop;

namespace GenesysCloud.Utilities.Tests;

/// <summary>
/// Plays the browser side of the workflow's paste box: the module reports the text's size and streams the text
/// when .NET reads it, as paste.js does.
/// </summary>
internal sealed class PasteInput
{
    private readonly JSRuntimeInvocationHandler<IJSStreamReference?> _read;

    public PasteInput(BunitContext ctx)
    {
        var module = ctx.JSInterop.SetupModule("./_content/GenesysCloud.Utilities/js/paste.js");
        _read = module.Setup<IJSStreamReference?>("read", _ => true);
    }

    /// <summary>Puts <paramref name="text"/> in the paste box of <paramref name="cut"/>, as typing or pasting would.</summary>
    public void Paste<T>(IRenderedComponent<T> cut, string text)
        where T : class, Microsoft.AspNetCore.Components.IComponent =>
        PasteInto(cut as IRenderedComponent<PasteBox> ?? cut.FindComponent<PasteBox>(), text);

    /// <summary>
    /// Like <see cref="Paste"/>, but reading the text waits until the returned action is called (a slow browser), so a
    /// test can change things while a preview reads it.
    /// </summary>
    public Action PasteHeld<T>(IRenderedComponent<T> cut, string text)
        where T : class, Microsoft.AspNetCore.Components.IComponent
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var box = cut.FindComponent<PasteBox>();
        box.InvokeAsync(() => box.Instance.OnPasteChanged(bytes.Length)).GetAwaiter().GetResult();
        return () => _read.SetResult(new BytesReference(bytes));
    }

    private void PasteInto(IRenderedComponent<PasteBox> box, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        _read.SetResult(new BytesReference(bytes));
        box.InvokeAsync(() => box.Instance.OnPasteChanged(bytes.Length)).GetAwaiter().GetResult();
    }

    private sealed class BytesReference(byte[] bytes) : IJSStreamReference
    {
        public long Length => bytes.Length;

        public ValueTask<Stream> OpenReadStreamAsync(long maxAllowedSize = 512000, CancellationToken cancellationToken = default) =>
            bytes.Length > maxAllowedSize
                ? throw new ArgumentOutOfRangeException(nameof(maxAllowedSize), "The stream is longer than allowed.")
                : ValueTask.FromResult<Stream>(new MemoryStream(bytes));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
