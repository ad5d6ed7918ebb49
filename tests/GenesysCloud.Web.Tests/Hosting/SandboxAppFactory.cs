using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GenesysCloud.Web.Tests.Hosting;

/// <summary>The real app in sandbox mode with a small, unthrottled demo org.</summary>
public sealed class SandboxAppFactory : WebApplicationFactory<Program>
{
    private readonly string _journalPath = Path.Combine(Path.GetTempPath(), $"gcu-web-tests-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Jobs:JournalPath", _journalPath);
        builder.UseEnvironment("Development");
        builder.UseSetting("Connection:Sandbox", "Always");
        builder.UseSetting("Sandbox:Users", "200");
        builder.UseSetting("Sandbox:Groups", "12");
        builder.UseSetting("Sandbox:Queues", "6");
        builder.UseSetting("Sandbox:Conversations", "300"); // 60 of them stuck, for Conversation Tools
        builder.UseSetting("Sandbox:RateLimitPerMinute", "0");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _journalPath, _journalPath + "-wal", _journalPath + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
