namespace GenesysCloud.Http;

/// <summary>Turns a request path into a template by replacing id segments with <c>{id}</c>.</summary>
internal static class EndpointTemplate
{
    public static string From(Uri? uri) => uri is null ? "" : From(uri.AbsolutePath);

    public static string From(string path)
    {
        var segments = ("/" + path.TrimStart('/')).TrimEnd('/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (LooksLikeId(segments[i]))
                segments[i] = "{id}";
        }
        return string.Join('/', segments);
    }

    private static bool LooksLikeId(string segment) =>
        Guid.TryParse(segment, out _) ||
        (segment.Length >= 8 && segment.Any(char.IsDigit)) ||
        segment.Contains('@', StringComparison.Ordinal) ||
        segment.Contains('%', StringComparison.Ordinal);
}
