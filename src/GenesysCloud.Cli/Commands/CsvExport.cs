using System.CommandLine;

namespace GenesysCloud.Cli.Commands;

/// <summary>Where an export goes: the file named by --out, else stdout.</summary>
public static class CsvExport
{
    public static Option<FileInfo?> OutOption() => new("--out")
    {
        Description = "Write the CSV to this file (default: stdout).",
    };

    public static async Task WriteAsync(CliEnvironment environment, FileInfo? file, byte[] csv, CancellationToken ct)
    {
        if (file is not null)
        {
            await File.WriteAllBytesAsync(file.FullName, csv, ct);
            return;
        }

        await environment.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(csv).TrimStart('\uFEFF'));
        await environment.Out.FlushAsync(ct);
    }
}
