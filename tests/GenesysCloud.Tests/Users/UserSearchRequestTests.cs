using GenesysCloud.Tests.Support;

namespace GenesysCloud.Tests.Users;

public sealed class UserSearchRequestTests
{
    [Fact]
    public async Task SearchAsync_SendsQueryStringCriterionToUsersSearch()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var recorder = new RecordingHandler();
        using var api = TestEmulator.Client(emulator, handler: recorder);

        await api.Users.SearchAsync("Smith");

        var search = Assert.Single(recorder.Requests, r => r.Uri.AbsolutePath == "/api/v2/users/search");
        Assert.Equal("POST", search.Method);
        Assert.Contains("\"QUERY_STRING\"", search.Body, StringComparison.Ordinal);
        Assert.Contains("\"Smith\"", search.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchByEmailAsync_SendsExactCriterionOnEmail()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var recorder = new RecordingHandler();
        using var api = TestEmulator.Client(emulator, handler: recorder);

        await api.Users.SearchByEmailAsync(emulator.State.Users[0].Email);

        var search = Assert.Single(recorder.Requests, r => r.Uri.AbsolutePath == "/api/v2/users/search");
        Assert.Contains("\"EXACT\"", search.Body, StringComparison.Ordinal);
        Assert.Contains("\"fields\":[\"email\"]", search.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchByEmailsAsync_150Emails_TwoCallsOfAtMost100ValuesFindEveryone()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var recorder = new RecordingHandler();
        using var api = TestEmulator.Client(emulator, handler: recorder);
        var expected = emulator.State.Users.Take(150).ToList();

        var found = await api.Users.SearchByEmailsAsync(expected.Select(u => u.Email).Append("missing@example.invalid"));

        Assert.Equal(expected.Select(u => u.Id).ToHashSet(), found.Select(u => u.Id).ToHashSet());
        var searches = recorder.Requests.Where(r => r.Uri.AbsolutePath == "/api/v2/users/search").ToList();
        Assert.Equal(2, searches.Count);
        Assert.All(searches, s => Assert.Contains("\"values\":[", s.Body, StringComparison.Ordinal));
    }
}
