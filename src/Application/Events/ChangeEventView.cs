using Platform.Domain.Common;

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
    string Data);
