using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace GenesysCloud.Bulk.Journal;

/// <summary>A job's staged items as one UTF-8 JSON array of rows: the durable record that a journal opened after a crash makes rows of.</summary>
internal static class ItemRowsJson
{
    private static readonly JsonEncodedText[] Actions = EncodedNames<BulkItemAction>();
    private static readonly JsonEncodedText[] Statuses = EncodedNames<BulkItemStatus>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // one loop over a job's items, run too rarely for tiered compilation to optimize it
    public static byte[] Write(IReadOnlyList<BulkJobItem> items, Func<DateTimeOffset, object> time)
    {
        var buffer = new ArrayBufferWriter<byte>((items.Count * 200) + 16);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            json.WriteStartArray();
            var (timeOf, timeText) = (default(DateTimeOffset?), default(JsonEncodedText));
            foreach (var item in items)
            {
                if (item.UpdatedAt != timeOf) (timeOf, timeText) = (item.UpdatedAt, JsonEncodedText.Encode((string)time(item.UpdatedAt)));
                WriteRow(json, item, timeText);
            }

            json.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteRow(Utf8JsonWriter json, BulkJobItem item, JsonEncodedText updatedAt)
    {
        json.WriteStartArray();
        json.WriteNumberValue(item.Index);
        json.WriteStringValue(item.Identifier);
        WriteText(json, item.UserId);
        WriteText(json, item.UserName);
        json.WriteStringValue(Actions[(int)item.Action]);
        json.WriteNumberValue(item.WasPresent ? 1 : 0);
        WriteNumber(json, item.ProficiencyBefore);
        WriteNumber(json, item.Proficiency);
        json.WriteStringValue(Statuses[(int)item.Status]);
        WriteText(json, item.Note);
        WriteText(json, item.Error);
        json.WriteStringValue(updatedAt);
        WriteNumber(json, item.Line);
        WriteNumber(json, item.RingNumberBefore);
        WriteNumber(json, item.RingNumber);
        WriteText(json, item.TargetId);
        json.WriteEndArray();
    }

    /// <summary>Each value's name, encoded once, at its number.</summary>
    private static JsonEncodedText[] EncodedNames<TEnum>() where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        var names = new JsonEncodedText[values.Max(Number) + 1];
        foreach (var value in values) names[Number(value)] = JsonEncodedText.Encode(value.ToString());
        return names;

        static int Number(TEnum value) => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
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
