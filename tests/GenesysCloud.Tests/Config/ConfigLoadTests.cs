namespace GenesysCloud.Tests.Config;

public sealed class ConfigLoadTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("gc-config-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Load_FileOnly_ReadsSnakeCaseKeys()
    {
        var path = Write("""{ "client_id": "file-id", "client_secret": "file-secret", "region": "eu-west-1" }""");

        var config = CredentialResolver.Resolve(path, NoEnvironment)?.Config;

        Assert.NotNull(config);
        Assert.Equal("file-id", config.ClientId);
        Assert.Equal("file-secret", config.ClientSecret);
        Assert.Equal("mypurecloud.ie", config.Region);
    }

    [Fact]
    public void Load_EnvironmentHasCredentials_PlantedFileUrlsAreIgnored()
    {
        var path = Write("""{ "clientId": "file-id", "clientSecret": "file-secret", "api_url": "http://127.0.0.1:9/", "auth_url": "http://127.0.0.1:9/" }""");
        var environment = Environment(("GENESYS_CLIENT_ID", "env-id"), ("GENESYS_CLIENT_SECRET", "env-secret"));

        var resolved = CredentialResolver.Resolve(path, environment);

        Assert.NotNull(resolved);
        Assert.Equal("environment", resolved.Origin);
        Assert.Equal("env-secret", resolved.Config.ClientSecret);
        Assert.Equal("https://login.mypurecloud.com", resolved.Config.AuthUrl);
        Assert.Equal("https://api.mypurecloud.com", resolved.Config.ApiUrl);
    }

    [Fact]
    public void Load_SecretInEnvironmentAndIdWithUrlsInFile_IsRefusedNamingTheVariables()
    {
        var path = Write("""{ "clientId": "file-id", "auth_url": "http://127.0.0.1:9/" }""");
        var environment = Environment(("GENESYS_CLIENT_SECRET", "env-secret"));

        var ex = Assert.Throws<ArgumentException>(() => CredentialResolver.Resolve(path, environment));

        Assert.Contains("GENESYS_CLIENT_SECRET is set in the environment but GENESYS_CLIENT_ID is not", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("env-secret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UrlInEnvironmentAndCredentialsInFile_IsRefusedAsAMix()
    {
        var path = Write("""{ "clientId": "file-id", "clientSecret": "file-secret" }""");
        var environment = Environment(("GENESYS_API_URL", "http://127.0.0.1:9/"));

        var ex = Assert.Throws<ArgumentException>(() => CredentialResolver.Resolve(path, environment));

        Assert.Equal("GENESYS_API_URL", ex.ParamName);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("must come from one place", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileWithApiUrl_TakesItsLoginHostFromTheSameFile()
    {
        var path = Write("""{ "clientId": "file-id", "clientSecret": "file-secret", "region": "eu-west-1", "apiUrl": "http://127.0.0.1:9/" }""");

        var resolved = CredentialResolver.Resolve(path, NoEnvironment);

        Assert.Equal(path, resolved!.Origin);
        Assert.Equal("http://127.0.0.1:9", resolved.Config.ApiUrl);
        Assert.Equal("http://127.0.0.1:9", resolved.Config.AuthUrl);
    }

    [Fact]
    public void Load_EnvironmentOnly_ReadsEveryVariable()
    {
        var environment = Environment(("GENESYS_CLIENT_ID", "env-id"), ("GENESYS_CLIENT_SECRET", "env-secret"),
            ("GENESYS_REGION", "ap-southeast-2"), ("GENESYS_AUTH_URL", "http://127.0.0.1:8/"));

        var config = CredentialResolver.Resolve(Path.Combine(_directory, "missing.json"), environment)?.Config;

        Assert.NotNull(config);
        Assert.Equal("mypurecloud.com.au", config.Region);
        Assert.Equal("http://127.0.0.1:8", config.AuthUrl);
        Assert.Equal("https://api.mypurecloud.com.au", config.ApiUrl);
    }

    [Fact]
    public void Load_NeitherEnvironmentNorFile_ReturnsNull()
    {
        Assert.Null(CredentialResolver.Resolve(Path.Combine(_directory, "missing.json"), NoEnvironment)?.Config);
    }

    [Fact]
    public void Load_SecretMissingInFile_SaysWhichKeyIsMissing()
    {
        var path = Write("""{ "client_id": "file-id" }""");

        var ex = Assert.Throws<ArgumentException>(() => CredentialResolver.Resolve(path, NoEnvironment));

        Assert.Contains("no client_secret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedJson_ThrowsNamingFileAndPosition()
    {
        var path = Write("{\n  \"client_id\": \"x\",\n  \"client_secret\" \"y\"\n}");

        var ex = Assert.Throws<InvalidDataException>(() => CredentialResolver.Resolve(path, NoEnvironment)?.Config);

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("position", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownRegionInFile_ThrowsNamingRegion()
    {
        var path = Write("""{ "client_id": "id", "client_secret": "secret", "region": "nowhere" }""");

        var ex = Assert.Throws<ArgumentException>(() => CredentialResolver.Resolve(path, NoEnvironment)?.Config);

        Assert.Equal("Region", ex.ParamName);
    }

    [Fact]
    public void Load_InvalidApiUrl_ThrowsNamingField()
    {
        var environment = Environment(("GENESYS_CLIENT_ID", "id"), ("GENESYS_CLIENT_SECRET", "secret"), ("GENESYS_API_URL", "not a url"));

        var ex = Assert.Throws<ArgumentException>(() => CredentialResolver.Resolve(Path.Combine(_directory, "missing.json"), environment)?.Config);

        Assert.Equal("GENESYS_API_URL", ex.ParamName);
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
