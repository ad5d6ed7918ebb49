using System.CommandLine;
using GenesysCloud.Benchmarks.Harness;
using GenesysCloud.Benchmarks.Listing;
using GenesysCloud.Benchmarks.Membership;
using Spectre.Console;

var shared = new SharedOptions();
var root = new RootCommand("Genesys Cloud suite benchmarks against the in-process emulator.");

var membershipUsers = new Option<int>("--users") { Description = "Emails to add to one group.", DefaultValueFactory = _ => 10_000 };
var orgUsers = new Option<int?>("--org-users") { Description = "Users in the seeded org (default: users + 10%)." };
var membership = new Command("membership", "N emails into one group: per-item script vs the suite's bulk engine.");
membership.Options.Add(membershipUsers);
membership.Options.Add(orgUsers);
shared.AddTo(membership);
membership.SetAction(async (result, ct) =>
{
    var users = result.GetValue(membershipUsers);
    var settings = shared.Settings(result, result.GetValue(orgUsers) ?? users + (users / 10));
    var contenders = shared.Select(result, [PerItemContender.Create(), SuiteMembershipContender.Create()], c => c.Name);
    var outcome = await MembershipBenchmark.RunAsync(settings, users, contenders, ct);
    return await ReportAsync(outcome, shared.ResultsDirectory(result), ct);
});
root.Subcommands.Add(membership);

var listUsers = new Option<int>("--users") { Description = "Users in the seeded org, all listed.", DefaultValueFactory = _ => 100_000 };
var listing = new Command("list-users", "List the whole user directory: wall time vs the page-count bound.");
listing.Options.Add(listUsers);
shared.AddTo(listing);
listing.SetAction(async (result, ct) =>
{
    var settings = shared.Settings(result, result.GetValue(listUsers));
    var contenders = shared.Select(result, [SequentialListContender.Create(), SuiteListContender.Create()], c => c.Name);
    var outcome = await ListUsersBenchmark.RunAsync(settings, contenders, ct);
    return await ReportAsync(outcome, shared.ResultsDirectory(result), ct);
});
root.Subcommands.Add(listing);

return await root.Parse(args).InvokeAsync();

static async Task<int> ReportAsync(BenchmarkResult outcome, string resultsDirectory, CancellationToken ct)
{
    ResultsPresenter.Print(AnsiConsole.Console, outcome);
    var path = await ResultsPresenter.WriteAsync(resultsDirectory, outcome, ct);
    AnsiConsole.MarkupLine($"Results written to [bold]{Markup.Escape(path)}[/]");
    return outcome.Contenders.All(c => c.FinalStateCorrect) ? 0 : 1;
}
