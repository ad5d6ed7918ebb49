namespace GenesysCloud.Emulator;

/// <summary>
/// One request the emulator received. <see cref="RouteTemplate"/> is the endpoint's pattern
/// (e.g. <c>/api/v2/groups/{groupId}/members</c>) or the path when no endpoint matched;
/// <see cref="StatusCode"/> is 0 when the connection was dropped on purpose
/// and 499 when the client disconnected or cancelled before the response started.
/// </summary>
public sealed record RequestLogEntry(
    DateTimeOffset Time, string Method, string RouteTemplate, string Path, int StatusCode, TimeSpan Duration);
