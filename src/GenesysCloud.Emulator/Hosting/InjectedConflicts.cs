namespace GenesysCloud.Emulator.Hosting;

/// <summary>The 409s of <see cref="FaultOptions.InjectedConflictRate"/>, on the writes the real service can answer so.</summary>
internal sealed class InjectedConflicts(FaultOptions faults, SeededDice dice)
{
    /// <summary>The 409 to answer instead of applying the write, or null to go ahead.</summary>
    public ApiError? Next() => dice.Roll(faults.InjectedConflictRate) ? ApiError.VersionConflict() : null;
}
