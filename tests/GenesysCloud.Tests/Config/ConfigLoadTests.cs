namespace GenesysCloud.Tests.Config;

public sealed class ConfigLoadTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("gc-config-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Load_FileOnly_ReadsSnakeCaseKeys()
    {
        var path = Write("""{ "client_id": "file-id", "client_secret": "file-secret", "region": "eu-west-1" }""");

        var config = ConfigLoader.Load(path, NoEnvironment);

        Assert.NotNull(config);
        Assert.Equal("file-id", config.ClientId);
        Assert.Equal("file-secret", config.ClientSecret);
        Assert.Equal("mypurecloud.ie", config.Region);
    }

    [Fact]
    public void Load_EnvironmentAndFile_EnvironmentWinsPerKey()
    {
        var path = Write("""{ "clientId": "file-id", "clientSecret": "file-secret", "region": "eu-west-1" }""");
        var environment = Environment(("GENESYS_CLIENT_ID", "env-id"), ("GENESYS_API_URL", "http://127.0.0.1:9/"));

        var config = ConfigLoader.Load(path, environment);

        Assert.NotNull(config);
        Assert.Equal("env-id", config.ClientId);
        Assert.Equal("file-secret", config.ClientSecret);
        Assert.Equal("mypurecloud.ie", config.Region);
        Assert.Equal("http://127.0.0.1:9", config.ApiUrl);
        Assert.Equal("https://login.mypurecloud.ie", config.AuthUrl);
    }

    [Fact]
    public void Load_EnvironmentOnly_ReadsEveryVariable()
    {
        var environment = Environment(("GENESYS_CLIENT_ID", "env-id"), ("GENESYS_CLIENT_SECRET", "env-secret"),
            ("GENESYS_REGION", "ap-southeast-2"), ("GENESYS_AUTH_URL", "http://127.0.0.1:8/"));

        var config = ConfigLoader.Load(Path.Combine(_directory, "missing.json"), environment);

        Assert.NotNull(config);
        Assert.Equal("mypurecloud.com.au", config.Region);
        Assert.Equal("http://127.0.0.1:8", config.AuthUrl);
        Assert.Equal("https://api.mypurecloud.com.au", config.ApiUrl);
    }

    [Fact]
    public void Load_NeitherEnvironmentNorFile_ReturnsNull()
    {
        Assert.Null(ConfigLoader.Load(Path.Combine(_directory, "missing.json"), NoEnvironment));
    }

    [Fact]
    public void Load_SecretMissing_ReturnsNull()
    {
        var path = Write("""{ "client_id": "file-id" }""");

        Assert.Null(ConfigLoader.Load(path, NoEnvironment));
    }

    [Fact]
    public void Load_MalformedJson_ThrowsNamingFileAndPosition()
    {
        var path = Write("{\n  \"client_id\": \"x\",\n  \"client_secret\" \"y\"\n}");

        var ex = Assert.Throws<InvalidDataException>(() => ConfigLoader.Load(path, NoEnvironment));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("position", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownRegionInFile_ThrowsNamingRegion()
    {
        var path = Write("""{ "client_id": "id", "client_secret": "secret", "region": "nowhere" }""");

        var ex = Assert.Throws<ArgumentException>(() => ConfigLoader.Load(path, NoEnvironment));

        Assert.Equal("Region", ex.ParamName);
    }

    [Fact]
    public void Load_InvalidApiUrl_ThrowsNamingField()
    {
        var environment = Environment(("GENESYS_CLIENT_ID", "id"), ("GENESYS_CLIENT_SECRET", "secret"), ("GENESYS_API_URL", "not a url"));

        var ex = Assert.Throws<ArgumentException>(() => ConfigLoader.Load(Path.Combine(_directory, "missing.json"), environment));

        Assert.Equal("ApiBaseUrl", ex.ParamName);
    }

    [Fact]
    public void FromConfig_MissingFile_ReturnsNullWhenEnvironmentIsEmpty()
    {
        if (System.Environment.GetEnvironmentVariable("GENESYS_CLIENT_ID") is not null)
            return;

        Assert.Null(GenesysAuth.FromConfig(Path.Combine(_directory, "missing.json")));
    }

    private string Write(string json)
    {
        var path = Path.Combine(_directory, "config.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static string? NoEnvironment(string name) => null;

    private static Func<string, string?> Environment(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;
}
