using System.CommandLine;
using GenesysCloud.Bulk;
using GenesysCloud.Cli.Connection;
using GenesysCloud.Cli.Input;

namespace GenesysCloud.Cli.Commands;

/// <summary>Builds the groups and queues add/remove commands; both share one workflow (skills: <see cref="SkillCommands"/>).</summary>
public static class MembershipCommands
{
    public static Command Groups(CliEnvironment environment, GlobalOptions globals) => Build(
        "groups", "Change group membership for many users.", environment, globals,
        new("add-members", "Add users to a group.", TargetKind.Group, BulkOperation.AddToGroup),
        new("remove-members", "Remove users from a group.", TargetKind.Group, BulkOperation.RemoveFromGroup));

    public static Command Queues(CliEnvironment environment, GlobalOptions globals) => Build(
        "queues", "Change queue membership for many users.", environment, globals,
        new("add-members", "Add users to a queue.", TargetKind.Queue, BulkOperation.AddToQueue),
        new("remove-members", "Remove users from a queue.", TargetKind.Queue, BulkOperation.RemoveFromQueue));

    private static Command Build(
        string name, string description, CliEnvironment environment, GlobalOptions globals, params MembershipCommandSpec[] specs)
    {
        var parent = new Command(name, description);
        foreach (var spec in specs)
            parent.Subcommands.Add(BuildVerb(name, spec, environment, globals));
        return parent;
    }

    private static Command BuildVerb(string parentName, MembershipCommandSpec spec, CliEnvironment environment, GlobalOptions globals)
    {
        var command = new Command(spec.Name, spec.Description);
        var optionName = TargetResolver.OptionName(spec.Kind);
        var target = new Option<string>(optionName)
        {
            Description = $"The {spec.Kind.ToString().ToLowerInvariant()}'s name or id.",
            Required = true,
        };
        command.Options.Add(target);

        var identifiers = new IdentifierOptions();
        identifiers.AddTo(command);

        command.SetAction((result, ct) => CommandGuard.RunAsync(environment, globals, result, async (settings, output) =>
        {
            var users = await identifiers.ReadAsync(result, ct);
            var request = new MembershipRequest(spec, result.GetRequiredValue(target), users)
            {
                CommandPath = $"{parentName} {spec.Name}",
            };
            return await MembershipWorkflow.RunAsync(settings, output, request, ct);
        }));
        return command;
    }
}
