using System.CommandLine;
using GenesysCloud.Benchmarks.Harness;
using GenesysCloud.Benchmarks.Journal;
using GenesysCloud.Benchmarks.Listing;
using GenesysCloud.Benchmarks.Membership;
using GenesysCloud.Benchmarks.StuckConversations;
using GenesysCloud.Benchmarks.QueueMembership;
using GenesysCloud.Benchmarks.Skills;
using Spectre.Console;

var shared = new SharedOptions();
var root = new RootCommand("Genesys Cloud suite benchmarks against the in-process emulator.");

var membershipUsers = new Option<int>("--users") { Description = "Emails to add to one group.", DefaultValueFactory = _ => 10_000 };
var orgUsers = new Option<int?>("--org-users") { Description = "Users in the seeded org (default: users + 10%)." };
var membership = new Command(MembershipBenchmark.Name, "N emails into one group: per-item script vs the suite's bulk engine.");
membership.Options.Add(membershipUsers);
membership.Options.Add(orgUsers);
shared.AddTo(membership);
membership.SetAction(async (result, ct) =>
{
    var users = result.GetValue(membershipUsers);
    var settings = shared.Settings(result, result.GetValue(orgUsers) ?? users + (users / 10));
    if (!shared.TrySelect(result, MembershipBenchmark.Contenders, out var contenders))
        return 2;
    var outcome = await MembershipBenchmark.RunAsync(settings, users, contenders, ct);
    return await ReportAsync(outcome, shared.ResultsPath(result, outcome.Benchmark), ct);
});
root.Subcommands.Add(membership);

var listUsers = new Option<int>("--users") { Description = "Users in the seeded org, all listed.", DefaultValueFactory = _ => 100_000 };
var listing = new Command(ListUsersBenchmark.Name, "List the whole user directory: wall time vs the page-count bound.");
listing.Options.Add(listUsers);
shared.AddTo(listing);
listing.SetAction(async (result, ct) =>
{
    var settings = shared.Settings(result, result.GetValue(listUsers));
    if (!shared.TrySelect(result, ListUsersBenchmark.Contenders, out var contenders))
        return 2;
    var outcome = await ListUsersBenchmark.RunAsync(settings, contenders, ct);
    return await ReportAsync(outcome, shared.ResultsPath(result, outcome.Benchmark), ct);
});
root.Subcommands.Add(listing);

var journalItems = new Option<int>("--items") { Description = "Emails in the job (one group).", DefaultValueFactory = _ => 10_000 };
var journalRate = new Option<int>("--rate-limit") { Description = "Requests per token per minute.", DefaultValueFactory = _ => 300 };
var journalLatency = new Option<int>("--latency-ms") { Description = "Emulator latency per request.", DefaultValueFactory = _ => 50 };
var journalPostgres = new Option<string?>("--postgres")
{
    Description = "PostgreSQL connection string for the second run (default: GENESYS_TEST_POSTGRES; eval \"$(.ci/postgres start)\" starts one).",
};
var journalResults = new Option<string>("--results") { Description = "Results file.", DefaultValueFactory = _ => Path.Combine("bench", "results", "journal.json") };
var journal = new Command(JournalBenchmark.Name, "The journal's cost in one job: SQLite and PostgreSQL, ms per 1,000 items and share of the job's wall time.")
{
    journalItems, journalRate, journalLatency, journalPostgres, journalResults,
};
journal.SetAction(async (result, ct) =>
{
    var postgres = result.GetValue(journalPostgres) ?? Environment.GetEnvironmentVariable("GENESYS_TEST_POSTGRES");
    if (postgres is null)
        AnsiConsole.MarkupLine("[yellow]PostgreSQL run skipped: pass --postgres or set GENESYS_TEST_POSTGRES.[/]");
    var (rate, latency) = (result.GetValue(journalRate), result.GetValue(journalLatency));
    var runs = await JournalBenchmark.RunAsync(result.GetValue(journalItems), rate, latency, postgres, ct);
    if (Console.IsOutputRedirected)
        AnsiConsole.Profile.Width = 200;
    JournalReport.Print(AnsiConsole.Console, runs);
    var path = result.GetRequiredValue(journalResults);
    await JournalReport.WriteAsync(path, rate, latency, runs, ct);
    AnsiConsole.MarkupLine($"Results written to [bold]{Markup.Escape(path)}[/]");
    return runs.All(r => r.FinalStateCorrect) ? 0 : 1;
});
root.Subcommands.Add(journal);

var conversationCount = new Option<int>("--conversations") { Description = "Conversations in the org over 30 days.", DefaultValueFactory = _ => 10_000 };
var stuckCount = new Option<int>("--stuck") { Description = "Of which stuck (no end, hours to weeks old).", DefaultValueFactory = _ => 150 };
var stuckConversations = new Command(StuckConversationsBenchmark.Name, "A 30-day stuck-conversation sweep: filtered query vs looking conversations up one by one.");
stuckConversations.Options.Add(conversationCount);
stuckConversations.Options.Add(stuckCount);
shared.AddTo(stuckConversations);
stuckConversations.SetAction(async (result, ct) =>
{
    var settings = shared.Settings(result, 500);
    if (!shared.TrySelect(result, StuckConversationsBenchmark.Contenders, out var contenders))
        return 2;
    var outcome = await StuckConversationsBenchmark.RunAsync(settings, result.GetValue(conversationCount), result.GetValue(stuckCount), contenders, ct);
    return await ReportAsync(outcome, shared.ResultsPath(result, outcome.Benchmark), ct);
});
root.Subcommands.Add(stuckConversations);

var queueUsers = new Option<int>("--users") { Description = "Emails to add to one queue.", DefaultValueFactory = _ => 10_000 };
var queueOrgUsers = new Option<int?>("--org-users") { Description = "Users in the seeded org (default: users + 10%)." };
var queueMembership = new Command(QueueMembershipBenchmark.Name, "N emails into one queue: per-item script vs the suite's bulk engine.");
queueMembership.Options.Add(queueUsers);
queueMembership.Options.Add(queueOrgUsers);
shared.AddTo(queueMembership);
queueMembership.SetAction(async (result, ct) =>
{
    var users = result.GetValue(queueUsers);
    var settings = shared.Settings(result, result.GetValue(queueOrgUsers) ?? users + (users / 10));
    if (!shared.TrySelect(result, QueueMembershipBenchmark.Contenders, out var contenders))
        return 2;
    var outcome = await QueueMembershipBenchmark.RunAsync(settings, users, contenders, ct);
    return await ReportAsync(outcome, shared.ResultsPath(result, outcome.Benchmark), ct);
});
root.Subcommands.Add(queueMembership);

var skillUsers = new Option<int>("--users") { Description = "People to give one skill.", DefaultValueFactory = _ => 2_000 };
var skillOrgUsers = new Option<int?>("--org-users") { Description = "Users in the seeded org (default: users + 10%)." };
var skills = new Command(SkillsBenchmark.Name, "One skill for N people: calls against one write per person + directory pages.");
skills.Options.Add(skillUsers);
skills.Options.Add(skillOrgUsers);
shared.AddTo(skills);
skills.SetAction(async (result, ct) =>
{
    var users = result.GetValue(skillUsers);
    var settings = shared.Settings(result, result.GetValue(skillOrgUsers) ?? users + (users / 10));
    if (!shared.TrySelect(result, SkillsBenchmark.Contenders, out var contenders))
        return 2;
    var outcome = await SkillsBenchmark.RunAsync(settings, users, contenders, ct);
    return await ReportAsync(outcome, shared.ResultsPath(result, outcome.Benchmark), ct);
});
root.Subcommands.Add(skills);

var requestFile = new Option<string>("--request") { Required = true };
var reportFile = new Option<string>("--report") { Required = true };
var contenderCommand = new Command("contender", "Internal: runs one contender in its own process.") { Hidden = true };
contenderCommand.Options.Add(requestFile);
contenderCommand.Options.Add(reportFile);
contenderCommand.SetAction((result, ct) => ContenderHost.RunAsync(
    result.GetRequiredValue(requestFile),
    result.GetRequiredValue(reportFile),
    [
        .. MembershipBenchmark.Contenders, .. ListUsersBenchmark.Contenders, .. StuckConversationsBenchmark.Contenders,
        .. QueueMembershipBenchmark.Contenders, .. SkillsBenchmark.Contenders,
    ],
    ct));
root.Subcommands.Add(contenderCommand);

return await root.Parse(args).InvokeAsync();

static async Task<int> ReportAsync(BenchmarkResult outcome, string path, CancellationToken ct)
{
    if (Console.IsOutputRedirected)
        AnsiConsole.Profile.Width = 160;
    ResultsPresenter.Print(AnsiConsole.Console, outcome);
    await ResultsPresenter.WriteAsync(path, outcome, ct);
    AnsiConsole.MarkupLine($"Results written to [bold]{Markup.Escape(path)}[/]");
    return outcome.Contenders.All(c => c.FinalStateCorrect) ? 0 : 1;
}
