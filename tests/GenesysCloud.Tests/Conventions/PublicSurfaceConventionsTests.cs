using System.Reflection;
using System.Text.Json.Serialization;

namespace GenesysCloud.Tests.Conventions;

public sealed class PublicSurfaceConventionsTests
{
    private static readonly Type[] PublicTypes = typeof(GenesysCloudApi).Assembly.GetExportedTypes();

    [Fact]
    public void EveryPublicAsyncMethod_TakesCancellationTokenLast()
    {
        var offenders = PublicTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => IsAsync(m.ReturnType))
            .Where(m => m.GetParameters() is not [.., { ParameterType: var last }] || last != typeof(CancellationToken))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void EveryModel_IsSealedRecordKeepingUnknownFields()
    {
        Type[] models = [typeof(User), typeof(Group), typeof(Queue), typeof(QueueMember), typeof(Skill), typeof(Language),
            typeof(WrapupCode), typeof(UserRoutingSkill), typeof(Conversation), typeof(AnalyticsConversation), typeof(EntityRef)];

        Assert.All(models, model =>
        {
            Assert.True(model.IsSealed, model.Name);
            Assert.NotNull(model.GetMethod("<Clone>$"));
            Assert.Contains(model.GetProperties(), p => p.GetCustomAttribute<JsonExtensionDataAttribute>() is not null);
        });
    }

    [Fact]
    public void ModelRoundTrip_KeepsFieldsTheRecordDoesNotName()
    {
        const string json = """{"id":"u1","name":"Ada","acdAutoAnswer":true,"chat":{"jabberId":"j@x"}}""";

        var user = System.Text.Json.JsonSerializer.Deserialize<User>(json, GenesysCloud.Http.GenesysJson.Options)!;
        var back = System.Text.Json.JsonSerializer.Serialize(user, GenesysCloud.Http.GenesysJson.Options);

        Assert.Equal("Ada", user.Name);
        Assert.Contains("\"acdAutoAnswer\":true", back, StringComparison.Ordinal);
        Assert.Contains("\"jabberId\":\"j@x\"", back, StringComparison.Ordinal);
    }

    private static bool IsAsync(Type type) =>
        type == typeof(Task) ||
        (type.IsGenericType && type.GetGenericTypeDefinition() is var definition &&
         (definition == typeof(Task<>) || definition == typeof(ValueTask<>) || definition == typeof(IAsyncEnumerable<>)));
}
