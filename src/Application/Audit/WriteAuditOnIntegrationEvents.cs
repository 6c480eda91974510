using Mediator;
using Platform.Application.Common;
using Platform.Application.Common.Persistence;
using Platform.Domain.Audit;
using Platform.Domain.Common;
using Platform.Domain.Integrations;

namespace Platform.Application.Audit;

/// <summary>
/// Turns other modules' domain events into audit entries, inside the same unit of work as the change. A token is a
/// secret: its rotation is recorded as a change of <c>token</c> without values.
/// </summary>
public sealed class WriteAuditOnIntegrationEvents(IRepository<AuditEntry> entries, IRequestContext request, TimeProvider clock)
    : INotificationHandler<IntegrationAdded>, INotificationHandler<IntegrationTokenRotated>
{
    private static readonly IReadOnlyList<AttributeChange> TokenChanged = [AttributeChange.Withheld("token")];

    public ValueTask Handle(IntegrationAdded notification, CancellationToken ct)
    {
        entries.Add(AuditEntry.Record(
            notification.CompanyId,
            notification.Actor,
            AuditActions.IntegrationAdded,
            "integration",
            notification.IntegrationId.ToString(),
            $"Added the {notification.Kind} integration and issued its first API token.",
            null,
            request.RequestId,
            clock.GetUtcNow()));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(IntegrationTokenRotated notification, CancellationToken ct)
    {
        entries.Add(AuditEntry.Record(
            notification.CompanyId,
            notification.Actor,
            AuditActions.IntegrationTokenRotated,
            "integration",
            notification.IntegrationId.ToString(),
            $"Reset the {notification.Kind} API token; the previous token no longer works.",
            TokenChanged,
            request.RequestId,
            clock.GetUtcNow()));
        return ValueTask.CompletedTask;
    }
}
