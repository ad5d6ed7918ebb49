using GenesysCloud.Cli.Tests.Support;

namespace GenesysCloud.Cli.Tests.Commands;

/// <summary>Input the CLI rejects before it connects anywhere: always exit code 2 and a message naming the problem.</summary>
public sealed class CommandParsingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gcutil-parse-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Help_ListsEveryCommandGroup_AndExitsZero()
    {
        var run = await CliRun.InvokeAsync("--help");

        run.ShouldExitWith(ExitCodes.Done);
        foreach (var command in new[] { "groups", "queues", "skills", "jobs" })
            Assert.Contains(command, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_OutputOption_NamesTheFormatsOnceInLowerCase()
    {
        var run = await CliRun.InvokeAsync("--help");

        run.ShouldExitWith(ExitCodes.Done);
        Assert.Contains("<table|json>", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("[default: Table]", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupsAddMembers_WithoutGroup_ExitsWithBadInputNamingTheOption()
    {
        var run = await CliRun.InvokeAsync("groups", "add-members", "--emails", "a@example.com");

        run.ShouldExitWith(ExitCodes.BadInput);
        Assert.Contains("--group", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_ExitsWithBadInput()
    {
        var run = await CliRun.InvokeAsync("groups", "rename", "--group", "Sales");

        run.ShouldExitWith(ExitCodes.BadInput);
        Assert.Contains("rename", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupsAddMembers_WithFileAndEmails_ExitsWithBadInput()
    {
        var file = WriteFile("users.csv", "email\na@example.com\n");

        var run = await CliRun.InvokeAsync("groups", "add-members", "--group", "Sales", "--file", file, "--emails", "b@example.com");

        run.ShouldExitWith(ExitCodes.BadInput);
        Assert.Contains("exactly one of --file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupsAddMembers_CsvWithoutEmailColumn_ExitsWithBadInputNamingLineAndHeaders()
    {
        var file = WriteFile("users.csv", "name,phone\nJane,123\n");

        var run = await CliRun.InvokeAsync("groups", "add-members", "--group", "Sales", "--file", file);

        run.ShouldExitWith(ExitCodes.BadInput);
        Assert.Contains("Line 1", run.Error, StringComparison.Ordinal);
        Assert.Contains("'email'", run.Error, StringComparison.Ordinal);
        Assert.Contains("'phone'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueuesAddMembers_FormulaCell_ExitsWithBadInputNamingRowAndColumn()
    {
        var file = WriteFile("users.csv", "email\na@example.com\n\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"\n");

        var run = await CliRun.InvokeAsync("queues", "add-members", "--queue", "Support", "--file", file);

        run.ShouldExitWith(ExitCodes.BadInput);
        Assert.Contains("line 3, column 'email'", run.Error, StringComparison.Ordinal);
        Assert.Contains("formula", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupsRemoveMembers_InvalidEmail_ExitsWithBadInputNamingTheValue()
    {
        var run = await CliRun.InvokeAsync("groups", "remove-members", "--group", "Sales", "--emails", "a@example.com,not-an-email");

        run.ShouldExitWith(ExitCodes.BadInput);
        Assert.Contains("--emails", run.Error, StringComparison.Ordinal);
        Assert.Contains("'not-an-email'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupsAddMembers_MissingFile_ExitsWithBadInputNamingThePath()
    {
        var missing = Path.Combine(_folder, "nope.csv");

        var run = await CliRun.InvokeAsync("groups", "add-members", "--group", "Sales", "--file", missing);

        run.ShouldExitWith(ExitCodes.BadInput);
        Assert.Contains("nope.csv", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupsAddMembers_NotUtf8File_ExitsWithBadInputNamingTheLine()
    {
        var file = Path.Combine(_folder, "latin1.csv");
        File.WriteAllBytes(file, [.. "email\nab"u8.ToArray(), 0xE9, .. "@example.com\n"u8.ToArray()]);

        var run = await CliRun.InvokeAsync("groups", "add-members", "--group", "Sales", "--file", file);

        run.ShouldExitWith(ExitCodes.BadInput);
        Assert.Contains("Line 2", run.Error, StringComparison.Ordinal);
        Assert.Contains("UTF-8", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("-1")]
    public async Task SkillsAssign_ProficiencyOutsideZeroToFive_ExitsWithBadInput(string proficiency)
    {
        var run = await CliRun.InvokeAsync("skills", "assign", "--skill", "Billing", "--proficiency", proficiency, "--emails", "a@example.com");

        run.ShouldExitWith(ExitCodes.BadInput);
        Assert.Contains("--proficiency must be between 0 and 5", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkillsAssign_BothSkillAndLanguage_ExitsWithBadInput()
    {
        var run = await CliRun.InvokeAsync("skills", "assign", "--skill", "Billing", "--language", "French", "-p", "3", "--emails", "a@example.com");

        run.ShouldExitWith(ExitCodes.BadInput);
        Assert.Contains("Give exactly one of --skill NAME|ID or --language NAME|ID", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkillsAssign_WithoutProficiency_ExitsWithBadInput()
    {
        var run = await CliRun.InvokeAsync("skills", "assign", "--skill", "Billing", "--emails", "a@example.com");

        run.ShouldExitWith(ExitCodes.BadInput);
        Assert.Contains("--proficiency", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutputOption_UnknownFormat_ExitsWithBadInput()
    {
        var run = await CliRun.InvokeAsync("jobs", "list", "--output", "xml");

        run.ShouldExitWith(ExitCodes.BadInput);
        Assert.Contains("xml", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupsAddMembers_NoCredentials_ExitsWithBadInputNamingTheVariables()
    {
        var run = await CliRun.InvokeAsync(
            "groups", "add-members", "--group", "Sales", "--emails", "a@example.com", "--config", Path.Combine(_folder, "config.json"));

        run.ShouldExitWith(ExitCodes.BadInput);
        Assert.Contains("GENESYS_CLIENT_ID", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JobsShow_UnknownJob_ExitsWithBadInput()
    {
        var run = await CliRun.InvokeAsync("jobs", "show", "no-such-job", "--journal", Path.Combine(_folder, "jobs.db"));

        run.ShouldExitWith(ExitCodes.BadInput);
        Assert.Contains("no-such-job", run.Error, StringComparison.Ordinal);
    }

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
