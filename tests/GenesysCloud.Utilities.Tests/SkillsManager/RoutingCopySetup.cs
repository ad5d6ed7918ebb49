using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Csv;
using GenesysCloud.Emulator.Model;
using GenesysCloud.Utilities.SkillsManager;
using GenesysCloud.Utilities.Workflow;

namespace GenesysCloud.Utilities.Tests.SkillsManager;

/// <summary>A person to copy from with two skills and a language, people to copy to, and the copy as Skills Manager makes it.</summary>
internal static class RoutingCopySetup
{
    /// <summary>Active users who hold no skill or language: the first is the source.</summary>
    public static (EmulatorUser Source, EmulatorUser[] People) SourceAndPeople(TestOrg org, int people)
    {
        var blank = org.State.Users.Where(u => u.State == "active" && org.State.GetUserSkills(u.Id).Count == 0 && org.State.GetUserLanguages(u.Id).Count == 0)
            .Take(people + 1).ToArray();
        Assert.Equal(people + 1, blank.Length);
        return (blank[0], blank[1..]);
    }

    /// <summary>Gives the source two skills (at 4 and 2) and a language (at 5).</summary>
    public static (string Skill1, string Skill2, string Language) GiveSource(TestOrg org, EmulatorUser source)
    {
        var (skill1, skill2, language) = (org.State.Skills[^1].Id, org.State.Skills[^2].Id, org.State.Languages[^1].Id);
        org.State.SetUserSkill(source.Id, skill1, 4);
        org.State.SetUserSkill(source.Id, skill2, 2);
        org.State.SetUserLanguage(source.Id, language, 5);
        return (skill1, skill2, language);
    }

    /// <summary>The copy from <paramref name="source"/> as Skills Manager's copy mode makes it.</summary>
    public static async Task<BulkChange> ChangeAsync(TestOrg org, EmulatorUser source, RoutingCopyOptions what)
    {
        var service = new SkillsManagerService(org.Api, org.Engine);
        var items = (await service.GetItemsAsync(RoutingKind.Skill)).Concat(await service.GetItemsAsync(RoutingKind.Language));
        return RoutingCopyChange.For("Skills Manager", new User { Id = source.Id, Name = source.Name, Email = source.Email }, what, items);
    }

    /// <summary>
    /// Copies the source's skills and languages to <paramref name="emails"/> pasted one per line, through the workflow, and
    /// waits for the job; <paramref name="alter"/> may change the plan first (e.g. make an item fail).
    /// </summary>
    public static async Task<RunningJob> CopyPastedAsync(TestOrg org, EmulatorUser source, IEnumerable<string> emails,
        Action<RunningJob>? onChanged = null, Func<BulkPlan, BulkPlan>? alter = null)
    {
        var input = WorkInput.From("pasted text", PastedIdentifierParser.Parse(string.Join('\n', emails)));
        var preview = await org.Workflow.PreviewAsync(await ChangeAsync(org, source, new RoutingCopyOptions()), input);
        return await org.RunToEndAsync(alter is null ? preview : preview with { Plan = alter(preview.Plan) }, onChanged);
    }

    /// <summary>What the user holds, as "id=level, …" in id order.</summary>
    public static string Holdings(TestOrg org, EmulatorUser user) => Holdings(org, user.Id);

    public static string Holdings(TestOrg org, string userId) =>
        string.Join(", ", org.State.GetUserSkills(userId).Concat(org.State.GetUserLanguages(userId))
            .OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => $"{h.Key}={h.Value}"));
}
