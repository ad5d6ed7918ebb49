namespace GenesysCloud.Web.Tests.EndToEnd;

/// <summary>A fact that skips, with the reason printed, when Chromium is missing (unless E2E_REQUIRED=1).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserEnvironment.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
