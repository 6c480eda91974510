using System.Text.Json.Nodes;
using Platform.Domain.Events;

namespace Platform.Application.Events;

/// <summary>An event as JSON, the one shape of the events API and of webhook bodies (docs/events.md).</summary>
public static class ChangeEventDocument
{
    /// <param name="timestamp">Adds Standard Webhooks' <c>timestamp</c> (the same instant as <c>occurredAt</c>), for webhook bodies.</param>
    public static JsonObject Create(ChangeEventView e, bool timestamp = false)
    {
        var document = new JsonObject
        {
            ["id"] = e.Id,
            ["cursor"] = e.Cursor,
            ["type"] = e.Type,
        };
        if (timestamp) document["timestamp"] = e.OccurredAt;
        document["occurredAt"] = e.OccurredAt;
        document["resource"] = new JsonObject { ["type"] = e.ResourceType, ["id"] = e.ResourceId };
        document["actor"] = new JsonObject { ["kind"] = e.ActorKind.ToString().ToLowerInvariant(), ["id"] = e.ActorId, ["name"] = e.ActorName };
        document["requestId"] = e.RequestId;
        document["data"] = JsonNode.Parse(e.Data);
        return document;
    }

    public static JsonObject Create(ChangeEvent e, bool timestamp = false) => Create(ChangeEventView.From(e), timestamp);
}
