using GenesysCloud.Benchmarks.Harness;

namespace GenesysCloud.Benchmarks.QueueMembership;

/// <summary>The usual script: one email search per user, then the ids added through the SDK (100 per call).</summary>
public static class QueuePerItemContender
{
    public static Contender Create() => new(QueueMembershipBenchmark.Name, "per-item", RunAsync);

    private static async Task<ContenderOutcome> RunAsync(GenesysConfig config, GenesysApiOptions options, ContenderRequest request, CancellationToken ct)
    {
        using var api = new GenesysCloudApi(new GenesysAuth(config), options);
        var ids = new List<string>(request.Emails.Count);
        foreach (var email in request.Emails)
        {
            if (await api.Users.SearchByEmailAsync(email, ct) is { } user)
                ids.Add(user.Id);
        }

        return new ContenderOutcome((await api.Queues.AddMembersAsync(request.GroupId!, ids, ct)).Success);
    }
}
