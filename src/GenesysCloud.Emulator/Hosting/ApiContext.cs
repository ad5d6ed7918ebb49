namespace GenesysCloud.Emulator.Hosting;

/// <summary>Per-request values the middlewares hand to each other.</summary>
internal static class ApiContext
{
    public const string CorrelationHeader = "inin-correlation-id";
    private const string ContextIdKey = "emulator.contextId";
    private const string AccessTokenKey = "emulator.accessToken";
    private const string DroppedKey = "emulator.dropped";
    private const string RecorderKey = "emulator.recorder";
    private const string ArrivedKey = "emulator.arrived";

    public static string GetContextId(this HttpContext context) => context.Items[ContextIdKey] as string ?? string.Empty;

    public static void SetContextId(this HttpContext context, string contextId)
    {
        context.Items[ContextIdKey] = contextId;
        context.Response.Headers[CorrelationHeader] = contextId;
    }

    public static string GetAccessToken(this HttpContext context) => context.Items[AccessTokenKey] as string ?? string.Empty;

    public static void SetAccessToken(this HttpContext context, string token) => context.Items[AccessTokenKey] = token;

    public static bool IsDropped(this HttpContext context) => context.Items.ContainsKey(DroppedKey);

    /// <summary>Records when the request arrived (a <see cref="System.Diagnostics.Stopwatch"/> timestamp), before any middleware's work.</summary>
    public static void SetArrived(this HttpContext context, long timestamp) => context.Items[ArrivedKey] = timestamp;

    /// <summary>How long ago the request arrived (zero when not recorded).</summary>
    public static TimeSpan SinceArrival(this HttpContext context) =>
        context.Items[ArrivedKey] is long arrived ? System.Diagnostics.Stopwatch.GetElapsedTime(arrived) : TimeSpan.Zero;

    /// <summary>Sets what <see cref="Drop"/> runs before the connection goes, so the request log has the request first.</summary>
    public static void SetRecorder(this HttpContext context, Action record) => context.Items[RecorderKey] = record;

    public static void Drop(this HttpContext context)
    {
        context.Items[DroppedKey] = true;
        (context.Items[RecorderKey] as Action)?.Invoke();
        context.Abort();
    }
}
