using System.Text.Encodings.Web;
using System.Text.Json;
using Platform.Domain.Events;

namespace Platform.Application.Events;

/// <summary>An event as JSON, the one shape of the events API and of webhook bodies (docs/events.md).</summary>
public static class ChangeEventDocument
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="timestamp">Adds Standard Webhooks' <c>timestamp</c> (the same instant as <c>occurredAt</c>), for webhook bodies.</param>
    public static byte[] Utf8(ChangeEventView e, bool timestamp = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("id", e.Id);
            writer.WriteString("cursor", e.Cursor);
            writer.WriteString("type", e.Type);
            if (timestamp) writer.WriteString("timestamp", e.OccurredAt);
            writer.WriteString("occurredAt", e.OccurredAt);
            writer.WriteStartObject("resource");
            writer.WriteString("type", e.ResourceType);
            writer.WriteString("id", e.ResourceId);
            writer.WriteEndObject();
            writer.WriteStartObject("actor");
            writer.WriteString("kind", e.ActorKind.ToString().ToLowerInvariant());
            writer.WriteString("id", e.ActorId);
            writer.WriteString("name", e.ActorName);
            writer.WriteEndObject();
            writer.WriteString("requestId", e.RequestId);
            writer.WritePropertyName("data");
            writer.WriteRawValue(e.Data);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static byte[] Utf8(ChangeEvent e, bool timestamp = false) => Utf8(ChangeEventView.From(e), timestamp);

    /// <summary>The document as a value an API answer can embed.</summary>
    public static JsonElement Element(ChangeEventView e) => JsonSerializer.Deserialize<JsonElement>(Utf8(e));
}
