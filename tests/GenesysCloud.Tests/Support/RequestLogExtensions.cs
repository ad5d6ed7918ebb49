using GenesysCloud.Emulator;

namespace GenesysCloud.Tests.Support;

internal static class RequestLogExtensions
{
    /// <summary>Requests to one concrete path (query string ignored), for list endpoints without route parameters.</summary>
    public static int CountPath(this RequestLog log, string method, string path) =>
        log.Entries.Count(e => e.Method == method && PathOf(e) == path);

    /// <summary>The entry's path without its query string.</summary>
    public static string PathOf(RequestLogEntry entry) => entry.Path.Split('?', 2)[0].TrimEnd('/');
}
