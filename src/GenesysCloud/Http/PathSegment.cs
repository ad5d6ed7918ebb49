namespace GenesysCloud.Http;

/// <summary>Escapes ids placed in URL paths.</summary>
internal static class PathSegment
{
    public static string Escape(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Uri.EscapeDataString(id.Trim());
    }
}
