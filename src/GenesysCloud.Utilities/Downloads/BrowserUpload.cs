using GenesysCloud.Bulk.Csv;
using Microsoft.AspNetCore.Components.Forms;

namespace GenesysCloud.Utilities.Downloads;

/// <summary>Reads a file the browser uploaded, refusing one over the input cap before any of it is read.</summary>
public static class BrowserUpload
{
    /// <summary>The file's bytes; a file over <see cref="IdentifierInputOptions.MaxBytes"/> is a <see cref="CsvInputException"/> that says so.</summary>
    public static async Task<byte[]> ReadAsync(IBrowserFile file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        var limit = IdentifierInputOptions.Default.MaxBytes;
        if (file.Size > limit)
            throw new CsvInputException($"{file.Name} is {file.Size:N0} bytes; the limit is {limit:N0}.");
        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream(limit, ct))
            await stream.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
