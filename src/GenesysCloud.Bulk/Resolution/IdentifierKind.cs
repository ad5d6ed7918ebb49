namespace GenesysCloud.Bulk.Resolution;

internal enum IdentifierKind
{
    Invalid,
    Id,
    Email,
    Username,
}
