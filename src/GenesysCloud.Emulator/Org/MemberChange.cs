namespace GenesysCloud.Emulator.Org;

internal enum MemberChange
{
    Applied,
    NotFound,
    VersionMismatch,
}
