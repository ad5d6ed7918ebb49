using GenesysCloud.Benchmarks.Harness;

namespace GenesysCloud.Benchmarks.Membership;

/// <summary>
/// The usual scripted approach: one email search per user, one after the other, then the found ids
/// added through the SDK (which batches 50 per call and handles the group version).
/// </summary>
public static class PerItemContender
{
    public static Contender Create() => new(MembershipBenchmark.Name, "per-item", RunAsync);

    private static async Task<ContenderOutcome> RunAsync(
        GenesysConfig config, GenesysApiOptions options, ContenderRequest request, CancellationToken ct)
    {
        using var api = new GenesysCloudApi(new GenesysAuth(config), options);
        var ids = new List<string>(request.Emails.Count);
        foreach (var email in request.Emails)
        {
            var user = await api.Users.SearchByEmailAsync(email, ct);
            if (user is not null)
                ids.Add(user.Id);
        }

        var response = await api.Groups.AddMembersAsync(request.GroupId!, ids, ct);
        return new ContenderOutcome(response.Success);
    }
}
