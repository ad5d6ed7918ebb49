using System.Buffers;
using System.Text;
using System.Text.Json;

namespace GenesysCloud.Bulk.Journal;

/// <summary>A job's items as one JSON array of rows, in the column order of SQLite's bulk insert.</summary>
internal static class ItemRowsJson
{
    public static string Write(IReadOnlyList<BulkJobItem> items, Func<DateTimeOffset, object> time)
    {
        var buffer = new ArrayBufferWriter<byte>(items.Count * 160 + 16);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var item in items)
            {
                json.WriteStartArray();
                json.WriteNumberValue(item.Index);
                json.WriteStringValue(item.Identifier);
                WriteText(json, item.UserId);
                WriteText(json, item.UserName);
                json.WriteStringValue(item.Action.ToString());
                json.WriteNumberValue(item.WasPresent ? 1 : 0);
                WriteNumber(json, item.ProficiencyBefore);
                WriteNumber(json, item.Proficiency);
                json.WriteStringValue(item.Status.ToString());
                WriteText(json, item.Note);
                WriteText(json, item.Error);
                json.WriteStringValue((string)time(item.UpdatedAt));
                WriteNumber(json, item.Line);
                WriteNumber(json, item.RingNumberBefore);
                WriteNumber(json, item.RingNumber);
                WriteText(json, item.TargetId);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Arrays of rows as one array of all their rows, in order.</summary>
    public static string Concatenate(IEnumerable<string> arrays)
    {
        var all = new StringBuilder("[");
        foreach (var rows in arrays)
        {
            if (rows.Length <= 2) continue;
            if (all.Length > 1) all.Append(',');
            all.Append(rows, 1, rows.Length - 2);
        }

        return all.Append(']').ToString();
    }

    private static void WriteText(Utf8JsonWriter json, string? value)
    {
        if (value is null) json.WriteNullValue();
        else json.WriteStringValue(value);
    }

    private static void WriteNumber(Utf8JsonWriter json, double? value)
    {
        if (value is { } number) json.WriteNumberValue(number);
        else json.WriteNullValue();
    }
}
