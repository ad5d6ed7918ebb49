namespace GenesysCloud.Emulator.Org;

internal enum DisconnectOutcome
{
    Disconnected,
    NotFound,
    AlreadyEnded,
}
