using System.CommandLine;
using GenesysCloud.Cli.Connection;
using GenesysCloud.Cli.Output;
using GenesysCloud.Diagnostics;
using GenesysCloud.Utilities;

namespace GenesysCloud.Cli.Commands;

/// <summary><c>doctor</c>: read-only probes of the org for every API assumption the suite relies on.</summary>
public static class DoctorCommand
{
    public static Command Build(CliEnvironment environment, GlobalOptions globals)
    {
        var group = new Option<string?>("--group") { Description = "Group id to read members of (best: one with owners or membership rules)." };
        var queue = new Option<string?>("--queue") { Description = "Queue id to read members of (best: one with member groups)." };
        var user = new Option<string?>("--user") { Description = "User id whose routing skills are read." };
        var command = new Command("doctor",
            "Check the org against every API assumption the suite relies on (about 30 reads, no writes). Exit 0 when nothing fails, 1 otherwise.")
        {
            group, queue, user,
        };
        command.SetAction((result, ct) => CommandGuard.RunAsync(environment, globals, result, async (settings, output) =>
        {
            await using var connection = await CliConnection.OpenAsync(settings, ct);
            var options = new OrgCheckOptions
            {
                GroupId = result.GetValue(group),
                QueueId = result.GetValue(queue),
                UserId = result.GetValue(user),
                Permissions = UtilityPermissionRequirements.BuiltIn(),
            };
            var report = await new OrgDoctor(connection.Api).RunAsync(options, ct);
            DoctorRenderer.Write(output, report);
            return report.HasFailures ? ExitCodes.PartlyFailed : ExitCodes.Done;
        }));
        return command;
    }
}
