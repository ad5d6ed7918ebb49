namespace GenesysCloud.LiveTests;

/// <summary>A fact that runs only against a real org (see <see cref="LiveOrg"/>) and otherwise skips with the reason printed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LiveFactAttribute : FactAttribute
{
    public LiveFactAttribute(ScratchNeeds needs = ScratchNeeds.None)
    {
        if (LiveOrg.SkipReasonFor(needs) is { } reason)
            Skip = reason;
    }
}
