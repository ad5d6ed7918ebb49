using System.CommandLine;
using GenesysCloud.Benchmarks.Harness;
using GenesysCloud.Benchmarks.Listing;
using GenesysCloud.Benchmarks.Membership;
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
    [.. MembershipBenchmark.Contenders, .. ListUsersBenchmark.Contenders, .. QueueMembershipBenchmark.Contenders, .. SkillsBenchmark.Contenders],
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
