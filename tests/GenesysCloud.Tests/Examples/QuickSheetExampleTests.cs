using GenesysCloud.Tests.Support;

namespace GenesysCloud.Tests.Examples;

/// <summary>The README's SDK quick sheet, run against the emulator so the example stays true.</summary>
public sealed class QuickSheetExampleTests
{
    [Fact]
    public async Task QuickSheet_AuthUsersGroupsPagination_WorksAsDocumented()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var someone = emulator.State.Users[5];
        var lines = new List<string>();

        // --- README example (GenesysAuth.FromConfig() / FromCredentials(...) in real use) ---
        var auth = new GenesysAuth(TestEmulator.Config(emulator));
        var (ok, message) = await auth.AuthenticateAsync();
        Assert.True(ok, message);

        using var api = new GenesysCloudApi(auth, new GenesysApiOptions { RequestsPerMinute = 280 });

        var user = await api.Users.SearchByEmailAsync(someone.Email);
        var matches = await api.Users.SearchAsync(someone.Name.Split(' ')[0]);
        var fetched = await api.Users.GetAsync(user!.Id);
        lines.Add(fetched.Success ? fetched.Data!.Name! : $"{fetched.StatusCode} {fetched.ErrorCode}: {fetched.Error}");

        var group = (await api.Groups.SearchAsync(emulator.State.Groups[0].Name)).First();
        var added = await api.Groups.AddMembersAsync(group.Id, [user.Id]);
        var removed = await api.Groups.RemoveMembersAsync(group.Id, [user.Id]);

        await foreach (var u in api.Users.ListAsync(pageSize: 500))
            lines.Add(u.Email!);
        await foreach (var q in api.PaginateAsync("/api/v2/routing/queues", maxPages: 2))
            lines.Add(q.GetProperty("name").GetString()!);
        // --- end of example ---

        Assert.Equal(someone.Id, user.Id);
        Assert.Contains(matches, m => m.Id == someone.Id);
        Assert.Equal(someone.Name, lines[0]);
        Assert.True(added.Success, added.Error);
        Assert.True(removed.Success, removed.Error);
        Assert.DoesNotContain(user.Id, emulator.State.GetGroupMemberIds(group.Id));
        Assert.Contains(someone.Email, lines);
    }
}
