using Platform.Domain.Common;
using Platform.Domain.Events;

namespace Platform.Application.Events;

/// <param name="Cursor">The position just after this event: pass it as <c>after</c> to continue from here.</param>
/// <param name="Data">The type's payload, a JSON object.</param>
public sealed record ChangeEventView(
    Guid Id,
    string Cursor,
    string Type,
    DateTimeOffset OccurredAt,
    string ResourceType,
    string ResourceId,
    ActorKind ActorKind,
    string ActorId,
    string ActorName,
    string? RequestId,
    string Data)
{
    public static ChangeEventView From(ChangeEvent e) => new(
        e.EventId, new EventCursor(e.Tx, e.Id).ToString(), e.Type, e.OccurredAt, e.ResourceType, e.ResourceId, e.ActorKind, e.ActorId, e.ActorName, e.RequestId, e.Data);
}
