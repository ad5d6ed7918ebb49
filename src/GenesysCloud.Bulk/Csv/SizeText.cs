namespace GenesysCloud.Bulk.Csv;

internal static class SizeText
{
    public static string Of(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024.0):0.#} MB"
        : $"{bytes / 1024.0:0.#} KB";
}
