using System.CommandLine;
using GenesysCloud.Cli.Commands;
using GenesysCloud.Cli.Connection;
using GenesysCloud.Utilities.SkillsManager;

namespace GenesysCloud.Cli.Input;

/// <summary><c>--skill NAME|ID</c> or <c>--language NAME|ID</c>: exactly one, checked before anything connects.</summary>
public sealed class RoutingTargetOptions
{
    public Option<string> Skill { get; } = new("--skill") { Description = "The routing skill's name or id." };

    public Option<string> Language { get; } = new("--language") { Description = "The routing language's name or id (instead of --skill)." };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Skill);
        command.Options.Add(Language);
        command.Validators.Add(result =>
        {
            if ((result.GetValue(Skill) is null) == (result.GetValue(Language) is null))
                result.AddError("Give exactly one of --skill NAME|ID or --language NAME|ID.");
        });
    }

    /// <summary>Skill or language, from the option given.</summary>
    public RoutingKind Kind(ParseResult result) => result.GetValue(Language) is null ? RoutingKind.Skill : RoutingKind.Language;

    /// <summary>Skill or language, from the option given (in a command validator).</summary>
    public RoutingKind Kind(System.CommandLine.Parsing.CommandResult result) =>
        result.GetValue(Language) is null ? RoutingKind.Skill : RoutingKind.Language;

    /// <summary>The skill or language the option names (unknown or ambiguous names are bad input naming the option).</summary>
    public Task<ResolvedTarget> ResolveAsync(CliSession session, ParseResult result, CancellationToken ct) =>
        Kind(result) == RoutingKind.Language
            ? session.ResolveAsync(TargetKind.Language, result.GetValue(Language)!, ct)
            : session.ResolveAsync(TargetKind.Skill, result.GetValue(Skill)!, ct);
}
