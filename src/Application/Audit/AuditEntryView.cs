using Platform.Domain.Common;

namespace Platform.Application.Audit;

/// <param name="Changes">The attributes the change touched, before and after; empty when the entry records a fact only.</param>
/// <param name="RequestId">The request that made the change (the request log's key); null for changes made outside a request.</param>
public sealed record AuditEntryView(
    DateTimeOffset OccurredAt,
    ActorKind ActorKind,
    string ActorName,
    string Action,
    string TargetType,
    string TargetId,
    string Summary,
    IReadOnlyList<AttributeChange>? Changes,
    string? RequestId)
{
    public IReadOnlyList<AttributeChange> Changes { get; init; } = Changes ?? [];
}
