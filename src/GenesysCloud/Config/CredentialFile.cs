using System.Text.Json;

namespace GenesysCloud;

/// <summary>Reads a <c>config.json</c>: keys matched ignoring case, underscores and hyphens (client_id, clientId, CLIENT-ID).</summary>
internal static class CredentialFile
{
    /// <summary>The file's values; empty when <paramref name="path"/> is empty or the file does not exist.</summary>
    /// <exception cref="InvalidDataException">The file is not a JSON object (the message names file, line and position).</exception>
    public static Dictionary<string, string?> Read(string? path)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
            return values;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path),
                new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new InvalidDataException($"Config file '{Path.GetFullPath(path)}' must contain a JSON object.");
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var key = property.Name.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
                var value = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
                if (!string.IsNullOrWhiteSpace(value))
                    values[key] = value.Trim();
            }
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException(
                $"Config file '{Path.GetFullPath(path)}' is not valid JSON at line {ex.LineNumber + 1}, " +
                $"position {ex.BytePositionInLine + 1}: {ex.Message}", ex);
        }
        return values;
    }
}
