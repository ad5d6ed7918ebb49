namespace GenesysCloud.Bulk.Resolution;

internal enum LookupKind
{
    Invalid,
    Id,
    Email,
    Username,
}
