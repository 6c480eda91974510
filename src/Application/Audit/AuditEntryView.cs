using Ardalis.Specification;
using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Audit;
using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Application.Audit;

public sealed record AuditEntryView(DateTimeOffset OccurredAt, ActorKind ActorKind, string ActorName, string Action, string TargetType, string TargetId, string Summary);
