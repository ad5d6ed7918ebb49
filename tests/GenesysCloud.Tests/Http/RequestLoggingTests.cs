using GenesysCloud.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace GenesysCloud.Tests.Http;

public sealed class RequestLoggingTests
{
    [Fact]
    public async Task Logs_RecordMethodPathStatusAttempt_AndNeverSecretsOrTokens()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var collector = new FakeLogCollector();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector)));
        using var api = TestEmulator.Client(emulator, o => o.Logger = factory);
        var userId = emulator.State.Users[0].Id;
        emulator.Faults.Burst429Remaining = 1;
        emulator.Faults.Retry429AfterSeconds = 1;

        await api.Users.GetAsync(userId);
        await api.GetAsync("/api/v2/users/00000000-0000-0000-0000-000000000000");

        var records = collector.GetSnapshot();
        Assert.Contains(records, r => r.Message.Contains($"GET /api/v2/users/{userId} -> 429", StringComparison.Ordinal) && r.Message.Contains("attempt 1", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Message.Contains($"GET /api/v2/users/{userId} -> 200", StringComparison.Ordinal) && r.Message.Contains("attempt 2", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Message.Contains("-> 404", StringComparison.Ordinal) && !r.Message.Contains("correlation )", StringComparison.Ordinal));
        var everything = string.Join("\n", records.Select(r => r.Message + " " + string.Join(",", r.StructuredState?.Select(p => p.Value) ?? [])));
        Assert.DoesNotContain(emulator.ClientSecret, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(api.Auth.AccessToken!, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Bearer", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Basic", everything, StringComparison.Ordinal);
    }
}
