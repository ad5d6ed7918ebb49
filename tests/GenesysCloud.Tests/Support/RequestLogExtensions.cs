using GenesysCloud.Emulator;

namespace GenesysCloud.Tests.Support;

internal static class RequestLogExtensions
{
    /// <summary>Requests to one concrete path (no query string), for list endpoints without route parameters.</summary>
    public static int CountPath(this RequestLog log, string method, string path) =>
        log.Entries.Count(e => e.Method == method && e.Path.TrimEnd('/') == path);
}
