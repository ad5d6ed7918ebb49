using System.CommandLine;
using GenesysCloud.Cli.Connection;

namespace GenesysCloud.Cli.Conversations;

/// <summary>The stuck-conversation filter as options: age, lookback, queues, media types, agents.</summary>
public sealed class StuckFilterOptions
{
    public Option<TimeSpan> OlderThan { get; } = DurationOption.Create(
        "--older-than", "Only conversations without an end that started longer ago than this (default 12h).", StuckConversationFilter.DefaultOlderThan);

    public Option<TimeSpan> Lookback { get; } = DurationOption.Create(
        "--lookback", "How far back to search (default 30d; searched in windows of at most 31 days).", StuckConversationFilter.DefaultLookback);

    public Option<string[]> Queues { get; } = new("--queue")
    {
        Description = "Only conversations routed through this queue (name or id); repeat for several.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> MediaTypes { get; } = new("--media-type")
    {
        Description = "Only this media type (voice, chat, email, message, callback …); repeat for several.",
    };

    public Option<string[]> Agents { get; } = new("--agent")
    {
        Description = "Only conversations with this agent (email or user id); repeat for several.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(OlderThan);
        command.Options.Add(Lookback);
        command.Options.Add(Queues);
        command.Options.Add(MediaTypes);
        command.Options.Add(Agents);
    }

    /// <summary>True when any filter option was given (so <c>end</c> knows to sweep).</summary>
    public bool AnyGiven(ParseResult result) =>
        new Option[] { OlderThan, Lookback, Queues, MediaTypes, Agents }.Any(o => result.GetResult(o) is { Implicit: false });

    /// <summary>The filter, with queue names and agent emails resolved to ids (unknown ones are bad input naming the option).</summary>
    public async Task<StuckConversationFilter> ReadAsync(GenesysCloudApi api, ParseResult result, CancellationToken ct)
    {
        var queueIds = new List<string>();
        foreach (var queue in result.GetValue(Queues) ?? [])
            queueIds.Add((await TargetResolver.ResolveAsync(api, TargetKind.Queue, queue, ct)).Id);
        var agentIds = new List<string>();
        foreach (var agent in (result.GetValue(Agents) ?? []).Select(a => a.Trim()))
        {
            if (!agent.Contains('@', StringComparison.Ordinal))
                agentIds.Add(agent);
            else
                agentIds.Add((await api.Users.SearchByEmailAsync(agent, ct))?.Id
                    ?? throw new CliInputException($"--agent: no active user has the email '{agent}'."));
        }

        var filter = new StuckConversationFilter
        {
            OlderThan = result.GetValue(OlderThan),
            Lookback = result.GetValue(Lookback),
            QueueIds = queueIds,
            MediaTypes = [.. (result.GetValue(MediaTypes) ?? []).Select(m => m.Trim().ToLowerInvariant())],
            UserIds = agentIds,
        };
        try
        {
            filter.ToQuery(DateTimeOffset.UtcNow);
        }
        catch (ArgumentException ex)
        {
            throw new CliInputException($"--lookback/--older-than: {ex.Message}", ex);
        }
        return filter;
    }
}
