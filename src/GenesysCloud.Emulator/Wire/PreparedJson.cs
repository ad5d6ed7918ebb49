using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud.Emulator.Wire;

/// <summary>A value already serialized (UTF-8 JSON), written as it is where it appears in a response.</summary>
[JsonConverter(typeof(PreparedJsonConverter))]
internal sealed record PreparedJson(byte[] Utf8);

internal sealed class PreparedJsonConverter : JsonConverter<PreparedJson>
{
    public override PreparedJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Prepared JSON is only written.");

    public override void Write(Utf8JsonWriter writer, PreparedJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Utf8, skipInputValidation: true);
}
