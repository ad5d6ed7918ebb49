using GenesysCloud.Tests.Support;

namespace GenesysCloud.Tests.Users;

[Collection(SharedEmulatorCollection.Name)]
public sealed class UsersApiTests(SharedEmulatorFixture fixture)
{
    [Fact]
    public async Task GetAsync_KnownUser_ReturnsItsFields()
    {
        var expected = fixture.Emulator.State.Users[3];

        var response = await fixture.Api.Users.GetAsync(expected.Id);

        Assert.True(response.Success, response.Error);
        Assert.Equal(expected.Id, response.Data!.Id);
        Assert.Equal(expected.Name, response.Data.Name);
        Assert.Equal(expected.Email, response.Data.Email);
        Assert.Equal(expected.Department, response.Data.Department);
        Assert.Equal(expected.Version, response.Data.Version);
    }

    [Fact]
    public async Task GetAsync_UnknownUser_ReturnsNotFound()
    {
        var response = await fixture.Api.Users.GetAsync("00000000-0000-0000-0000-000000000000");

        Assert.False(response.Success);
        Assert.Equal(404, response.StatusCode);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task SearchAsync_QueryStringOnName_FindsTheUser()
    {
        var expected = fixture.Emulator.State.Users.First(u => u.State == "active");

        var found = await fixture.Api.Users.SearchAsync(expected.Name);

        Assert.Contains(found, u => u.Id == expected.Id);
        Assert.All(found, u => Assert.False(string.IsNullOrEmpty(u.Id)));
    }

    [Fact]
    public async Task SearchByEmailAsync_ExactEmail_ReturnsThatUser()
    {
        var expected = fixture.Emulator.State.Users[7];

        var found = await fixture.Api.Users.SearchByEmailAsync(expected.Email.ToUpperInvariant());

        Assert.NotNull(found);
        Assert.Equal(expected.Id, found.Id);
    }

    [Fact]
    public async Task SearchByEmailAsync_UnknownEmail_ReturnsNull()
    {
        Assert.Null(await fixture.Api.Users.SearchByEmailAsync("nobody-here@example.invalid"));
    }

    [Fact]
    public async Task ListAsync_PageSize500_ReturnsEveryActiveUser()
    {
        var expected = fixture.Emulator.State.Users.Where(u => u.State == "active").Select(u => u.Id).ToHashSet();

        var ids = new List<string>();
        await foreach (var user in fixture.Api.Users.ListAsync(pageSize: 500))
            ids.Add(user.Id);

        Assert.True(expected.SetEquals(ids));
        Assert.Equal(expected.Count, ids.Count);
    }

    [Fact]
    public async Task GetPageAsync_ReportsTotalsSoLaterPagesCanBeFetchedConcurrently()
    {
        var activeCount = fixture.Emulator.State.Users.Count(u => u.State == "active");

        var first = await fixture.Api.Users.GetPageAsync(1, 30);
        var rest = await Task.WhenAll(Enumerable.Range(2, first.PageCount!.Value - 1).Select(n => fixture.Api.Users.GetPageAsync(n, 30)));

        Assert.Equal(activeCount, first.Total);
        Assert.Equal((activeCount + 29) / 30, first.PageCount);
        Assert.Equal(1, first.PageNumber);
        var all = first.Entities.Concat(rest.SelectMany(p => p.Entities)).Select(u => u.Id).ToList();
        Assert.Equal(activeCount, all.Distinct().Count());
    }
}
