using System.CommandLine;
using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Csv;
using GenesysCloud.Bulk.Journal;
using GenesysCloud.Cli.Output;

namespace GenesysCloud.Cli.Commands;

/// <summary>Runs a command body and turns the ways it can fail into the documented exit codes.</summary>
public static class CommandGuard
{
    /// <summary>Reads the global options, then runs <paramref name="body"/> guarded.</summary>
    public static Task<int> RunAsync(
        CliEnvironment environment, GlobalOptions globals, ParseResult result, Func<CliSettings, CliOutput, Task<int>> body)
    {
        var settings = globals.Read(result);
        var output = new CliOutput(environment, settings.Output, settings.ProgressLines);
        return RunAsync(output, () => body(settings, output));
    }

    public static async Task<int> RunAsync(CliOutput output, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (CliInputException ex)
        {
            output.Error(ex.Message);
            return ExitCodes.BadInput;
        }
        catch (CsvInputException ex)
        {
            output.Error(ex.Message);
            return ExitCodes.BadInput;
        }
        catch (BulkTargetNotFoundException ex)
        {
            output.Error(ex.Message);
            return ExitCodes.BadInput;
        }
        catch (JobLeaseHeldException ex)
        {
            output.Error(ex.Message);
            return ExitCodes.Busy;
        }
        catch (OperationCanceledException)
        {
            output.Error("Cancelled. A started job is journaled: continue it with 'gcutil jobs resume ID'.");
            return ExitCodes.Cancelled;
        }
        catch (GenesysApiException ex)
        {
            output.Error($"Genesys Cloud API error: {ex.Message}" + (ex.ContextId is null ? "" : $" (correlation id {ex.ContextId})"));
            return ExitCodes.PartlyFailed;
        }
        catch (HttpRequestException ex)
        {
            output.Error($"Network error: {ex.Message}");
            return ExitCodes.PartlyFailed;
        }
    }
}
