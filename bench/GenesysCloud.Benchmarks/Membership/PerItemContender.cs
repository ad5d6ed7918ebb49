using GenesysCloud.Benchmarks.Harness;

namespace GenesysCloud.Benchmarks.Membership;

/// <summary>
/// The usual scripted approach: one email search per user, one after the other, then the found ids
/// added through the SDK (which batches 50 per call and handles the group version).
/// </summary>
public static class PerItemContender
{
    public static Contender<MembershipScenario, bool> Create() => new("per-item", RunAsync);

    private static async Task<bool> RunAsync(BenchmarkTarget target, MembershipScenario scenario, CancellationToken ct)
    {
        using var api = new GenesysCloudApi(new GenesysAuth(target.Config), target.ApiOptions);
        var ids = new List<string>(scenario.Emails.Count);
        foreach (var email in scenario.Emails)
        {
            var user = await api.Users.SearchByEmailAsync(email, ct);
            if (user is not null)
                ids.Add(user.Id);
        }

        var response = await api.Groups.AddMembersAsync(scenario.GroupId, ids, ct);
        return response.Success;
    }
}
