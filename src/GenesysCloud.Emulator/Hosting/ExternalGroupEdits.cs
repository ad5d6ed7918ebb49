namespace GenesysCloud.Emulator.Hosting;

/// <summary>
/// Someone else editing a group between two member writes: after a write through the API, the group's
/// version is bumped again every <see cref="FaultOptions.ExternalVersionBumpEvery"/> writes or with
/// probability <see cref="FaultOptions.ExternalVersionBumpRate"/>, <see cref="FaultOptions.ExternalVersionBumpSize"/> edits at a time.
/// </summary>
internal sealed class ExternalGroupEdits(FaultOptions faults, SeededDice dice, EmulatorState org)
{
    private long _writes;

    public void AfterWrite(string groupId)
    {
        var writes = Interlocked.Increment(ref _writes);
        var every = faults.ExternalVersionBumpEvery;
        if ((every > 0 && writes % every == 0) || dice.Roll(faults.ExternalVersionBumpRate))
        {
            for (var edit = 0; edit < faults.ExternalVersionBumpSize; edit++)
                org.BumpGroupVersion(groupId);
        }
    }
}
