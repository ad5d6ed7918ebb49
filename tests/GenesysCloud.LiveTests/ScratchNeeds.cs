namespace GenesysCloud.LiveTests;

/// <summary>What on the real org a live test may change, each named by an environment variable (see <see cref="LiveOrg"/>).</summary>
[Flags]
public enum ScratchNeeds
{
    /// <summary>Reads only.</summary>
    None = 0,

    /// <summary><see cref="LiveOrg.ScratchGroupVariable"/>.</summary>
    Group = 1,

    /// <summary><see cref="LiveOrg.ScratchQueueVariable"/>.</summary>
    Queue = 2,

    /// <summary><see cref="LiveOrg.ScratchUserVariable"/>.</summary>
    User = 4,
}
