using Microsoft.JSInterop;

namespace GenesysCloud.Utilities.Downloads;

/// <summary>Sends a file to the user's browser as a download (the bytes stream over the circuit, no data URL in the DOM).</summary>
public static class BrowserDownload
{
    private const string ModulePath = "./_content/GenesysCloud.Utilities/js/download.js";

    /// <summary>Downloads <paramref name="content"/> as <paramref name="fileName"/>.</summary>
    public static async Task SaveAsync(IJSRuntime js, string fileName, string contentType, byte[] content, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(js);
        await using var module = await js.InvokeAsync<IJSObjectReference>("import", ct, ModulePath);
        using var stream = new MemoryStream(content);
        using var streamRef = new DotNetStreamReference(stream);
        await module.InvokeVoidAsync("saveFile", ct, fileName, contentType, streamRef);
    }

    /// <summary>A file name safe for every OS, e.g. <c>members-Sales-Team-20261126-1940.csv</c>.</summary>
    public static string FileName(string prefix, string? name, DateTimeOffset when)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var clean = new string([.. (name ?? "").Select(c => invalid.Contains(c) || char.IsWhiteSpace(c) ? '-' : c)]).Trim('-');
        var stem = clean.Length == 0 ? prefix : $"{prefix}-{clean}";
        return $"{stem}-{when:yyyyMMdd-HHmm}.csv";
    }
}
