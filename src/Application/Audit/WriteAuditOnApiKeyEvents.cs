using Mediator;
using Platform.Application.Common;
using Platform.Application.Common.Persistence;
using Platform.Domain.Audit;
using Platform.Domain.Events;

namespace Platform.Application.Audit;

/// <summary>API keys created and revoked, in the same unit of work; the key itself is never recorded.</summary>
public sealed class WriteAuditOnApiKeyEvents(IRepository<AuditEntry> entries, IRequestContext request, TimeProvider clock)
    : INotificationHandler<ApiKeyCreated>, INotificationHandler<ApiKeyRevoked>
{
    public ValueTask Handle(ApiKeyCreated notification, CancellationToken ct)
    {
        entries.Add(AuditEntry.Record(
            notification.CompanyId, notification.Actor, AuditActions.ApiKeyCreated, "api_key", notification.ApiKeyId.ToString(),
            $"Created the API key {notification.Name} (reads the events API).", null, request.RequestId, clock.GetUtcNow()));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(ApiKeyRevoked notification, CancellationToken ct)
    {
        entries.Add(AuditEntry.Record(
            notification.CompanyId, notification.Actor, AuditActions.ApiKeyRevoked, "api_key", notification.ApiKeyId.ToString(),
            $"Revoked the API key {notification.Name}; it no longer works.", null, request.RequestId, clock.GetUtcNow()));
        return ValueTask.CompletedTask;
    }
}
