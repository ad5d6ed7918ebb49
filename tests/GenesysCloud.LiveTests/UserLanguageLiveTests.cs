using Xunit.Abstractions;

namespace GenesysCloud.LiveTests;

/// <summary>
/// Removing a routing language a user does not hold: the suite takes a 404 (or a success) as "already so" and reports
/// anything else as failed. Changes nothing on the scratch user.
/// </summary>
public sealed class UserLanguageLiveTests(ITestOutputHelper output)
{
    [LiveFact(ScratchNeeds.User)]
    public async Task RemoveLanguage_NotHeld_Answers404OrSuccessAndChangesNothing()
    {
        using var api = LiveOrg.Connect();
        var userId = LiveOrg.ScratchUser!;
        var held = (await api.Routing.GetUserLanguagesAsync(userId)).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var language = (await api.Routing.GetLanguagesAsync()).FirstOrDefault(l => !held.Contains(l.Id));
        Assert.True(language is not null, "The scratch user holds every language of the org: nothing to remove that they do not hold.");

        var removed = await api.Routing.RemoveUserLanguageAsync(userId, language.Id);

        output.WriteLine($"remove '{language.Name}' ({language.Id}), not held by {userId}: {LiveAnswer.Describe(removed)}");
        Assert.True(removed.Success || removed.StatusCode == 404,
            $"Removing a language the user does not hold answered {LiveAnswer.Describe(removed)}: the suite would report such rows failed.");
        Assert.Equal(held, (await api.Routing.GetUserLanguagesAsync(userId)).Select(l => l.Id).ToHashSet(StringComparer.Ordinal));
    }
}
