namespace GenesysCloud.LiveTests;

/// <summary>A fact that runs only against a real org (see <see cref="LiveOrg"/>) and otherwise skips with the reason printed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LiveFactAttribute : FactAttribute
{
    public LiveFactAttribute(bool needsScratchGroup = false)
    {
        if ((needsScratchGroup ? LiveOrg.ScratchSkipReason : LiveOrg.SkipReason) is { } reason)
            Skip = reason;
    }
}
