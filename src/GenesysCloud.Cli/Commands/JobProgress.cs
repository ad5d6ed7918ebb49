using GenesysCloud.Bulk;
using GenesysCloud.Cli.Output;
using Spectre.Console;

namespace GenesysCloud.Cli.Commands;

/// <summary>
/// Runs a job with a live Spectre progress bar when a person watches, with plain stderr lines when asked
/// (--progress), silently otherwise.
/// </summary>
public static class JobProgress
{
    public static async Task<BulkJobResult> RunAsync(
        CliOutput output, string description, Func<IProgress<BulkProgress>?, Task<BulkJobResult>> run)
    {
        if (output.WritesProgressLines)
            return await run(new InlineProgress<BulkProgress>(p => output.ProgressLine($"progress: {Describe(p)}")));
        if (!output.ShowsLiveProgress)
            return await run(null);

        return await output.Console.Progress()
            .AutoClear(false)
            .Columns(
                new TaskDescriptionColumn { Alignment = Justify.Left },
                new ProgressBarColumn(),
                new PercentageColumn(),
                new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(description));
                var progress = new InlineProgress<BulkProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = Markup.Escape(Describe(p));
                });
                var result = await run(progress);
                task.Value = task.MaxValue;
                return result;
            });
    }

    /// <summary>"120/300 items, 14 calls, 0 429s, ETA 00:00:03".</summary>
    public static string Describe(BulkProgress p)
    {
        var eta = p.Eta is { } left ? $", ETA {left:hh\\:mm\\:ss}" : "";
        return $"{p.Done}/{p.Total} items, {p.Calls} calls, {p.Http429} 429s{eta}";
    }
}
