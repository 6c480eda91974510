using Platform.Domain.Common;

namespace Platform.Application.Audit;

public sealed record AuditEntryView(DateTimeOffset OccurredAt, ActorKind ActorKind, string ActorName, string Action, string TargetType, string TargetId, string Summary);
