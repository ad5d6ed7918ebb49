using System.CommandLine;
using GenesysCloud.Cli.Commands;
using GenesysCloud.Cli.Output;

namespace GenesysCloud.Cli;

/// <summary>The gcutil command tree and its entry point.</summary>
public static class CliApplication
{
    public static RootCommand Build(CliEnvironment environment)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand(
            "gcutil: bulk membership changes for Genesys Cloud at the rate-limit bound, journaled, resumable and undoable; stuck-conversation sweeps.");
        globals.AddTo(root);
        root.Subcommands.Add(MembershipCommands.Groups(environment, globals));
        var queues = MembershipCommands.Queues(environment, globals);
        QueueCommands.AddTo(queues, environment, globals);
        root.Subcommands.Add(queues);
        root.Subcommands.Add(SkillCommands.Build(environment, globals));
        root.Subcommands.Add(JobsCommands.Build(environment, globals));
        root.Subcommands.Add(Conversations.ConversationCommands.Build(environment, globals));
        root.Subcommands.Add(DoctorCommand.Build(environment, globals));
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; parse errors exit with <see cref="ExitCodes.BadInput"/>.</summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken ct = default)
    {
        var parsed = Build(environment).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            var output = new CliOutput(environment, OutputFormat.Table);
            foreach (var error in parsed.Errors)
                output.Error(error.Message);
            output.Note("Run 'gcutil --help' or 'gcutil <command> --help' for usage.");
            return ExitCodes.BadInput;
        }

        return await parsed.InvokeAsync(
            new InvocationConfiguration { Output = environment.Out, Error = environment.Error },
            ct);
    }
}
