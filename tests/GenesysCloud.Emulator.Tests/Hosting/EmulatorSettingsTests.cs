using System.Collections;
using GenesysCloud.Emulator.Hosting;

namespace GenesysCloud.Emulator.Tests.Hosting;

public sealed class EmulatorSettingsTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("emulator-settings-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Load_NoSources_UsesDefaultsOnPort5080()
    {
        var options = EmulatorSettings.Load([], new Hashtable(), _directory.FullName);

        Assert.Equal(500, options.Users);
        Assert.Equal(300, options.RateLimitPerMinute);
        Assert.Equal(EmulatorSettings.DefaultPort, options.Port);
        Assert.Equal("emulator-client-id", options.ClientId);
    }

    [Fact]
    public void Load_CommandLine_SetsEveryKindOfOption()
    {
        var options = EmulatorSettings.Load(
            ["--users", "1000", "--port=0", "--rate-limit", "50", "--token-lifetime", "5", "--error-rate", "0.25", "--latency", "20"],
            new Hashtable(), _directory.FullName);

        Assert.Equal(1000, options.Users);
        Assert.Equal(0, options.Port);
        Assert.Equal(50, options.RateLimitPerMinute);
        Assert.Equal(TimeSpan.FromSeconds(5), options.TokenLifetime);
        Assert.Equal(0.25, options.Faults.ErrorRate);
        Assert.Equal(TimeSpan.FromMilliseconds(20), options.Faults.Latency);
    }

    [Fact]
    public void Load_CommandLine_SetsTheHardnessKnobs()
    {
        var options = EmulatorSettings.Load(
            ["--allowances", "GET /api/v2/users=120; POST /api/v2/users/search=90", "--version-lag", "1500", "--version-bump-every", "7",
             "--version-bump-rate", "0.1", "--version-bump-size", "2", "--conflict-rate", "0.01", "--queue-update-delay", "250", "--accept-group-member-queue-adds", "true",
             "--accept-group-member-ring-numbers", "true"],
            new Hashtable(), _directory.FullName);

        Assert.Equal(new Dictionary<string, int> { ["GET /api/v2/users"] = 120, ["POST /api/v2/users/search"] = 90 }, options.EndpointAllowances);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), options.Faults.GroupVersionReadLag);
        Assert.Equal(7, options.Faults.ExternalVersionBumpEvery);
        Assert.Equal(0.1, options.Faults.ExternalVersionBumpRate);
        Assert.Equal(2, options.Faults.ExternalVersionBumpSize);
        Assert.Equal(0.01, options.Faults.InjectedConflictRate);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.Faults.QueueMemberUpdateDelay);
        Assert.False(options.RefuseQueueAddOfGroupMember);
        Assert.False(options.RefuseRingNumberOfGroupMember);
    }

    [Fact]
    public void Load_NoAllowances_Keeps180OnGetUsers()
    {
        var options = EmulatorSettings.Load([], new Hashtable(), _directory.FullName);

        Assert.Equal(180, options.EndpointAllowances["GET /api/v2/users"]);
        Assert.True(options.RefuseQueueAddOfGroupMember);
        Assert.True(options.RefuseRingNumberOfGroupMember);
    }

    [Theory]
    [InlineData("GET=180")]
    [InlineData("GET /api/v2/users")]
    [InlineData("GET api/v2/users=10")]
    public void Load_MalformedAllowance_ThrowsNamingTheEntry(string allowance)
    {
        var error = Assert.Throws<FormatException>(() => EmulatorSettings.Load(["--allowances", allowance], new Hashtable(), _directory.FullName));

        Assert.Contains(allowance, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_ListsTheHardnessSwitches()
    {
        foreach (var option in new[] { "--allowances", "--version-lag", "--version-bump-every", "--conflict-rate", "--queue-update-delay" })
            Assert.Contains(option, EmulatorSettings.Usage, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LaterSourcesWin_FileThenEnvironmentThenCommandLine()
    {
        File.WriteAllText(Path.Combine(_directory.FullName, EmulatorSettings.FileName), """{"Users": 10, "Groups": 11, "Queues": 12}""");
        var environment = new Hashtable { ["EMULATOR_GROUPS"] = "21", ["EMULATOR_QUEUES"] = "22", ["OTHER_USERS"] = "99" };

        var options = EmulatorSettings.Load(["--queues", "32"], environment, _directory.FullName);

        Assert.Equal((10, 21, 32), (options.Users, options.Groups, options.Queues));
    }

    [Theory]
    [InlineData("--users", "many")]
    [InlineData("--colour", "blue")]
    [InlineData("--users")]
    public void Load_BadCommandLine_ThrowsFormatExceptionNamingTheProblem(params string[] args)
    {
        var error = Assert.Throws<FormatException>(() => EmulatorSettings.Load(args, new Hashtable(), _directory.FullName));

        Assert.Contains(args.Length == 2 && args[0] == "--users" ? "Users" : args[0], error.Message, StringComparison.Ordinal);
    }
}
