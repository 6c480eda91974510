using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Infrastructure.Directory;

/// <summary>
/// Stores a profile property that holds JSON object text (<c>customExtensions</c>, <c>attributes</c>) as the object itself,
/// so that SQL can reach inside it (<c>$.customExtensions."urn:…".attr</c>). Reads the object, or the JSON string that
/// rows written before this format hold.
/// </summary>
internal sealed class RawJsonObjectConverter : JsonConverter<string?>
{
    public static readonly RawJsonObjectConverter Instance = new();

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return reader.GetString();
            default:
                using (var document = JsonDocument.ParseValue(ref reader)) return document.RootElement.GetRawText();
        }
    }

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null) writer.WriteNullValue();
        else writer.WriteRawValue(value);
    }
}
