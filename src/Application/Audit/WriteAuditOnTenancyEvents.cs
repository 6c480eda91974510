using Mediator;
using Platform.Application.Common;
using Platform.Application.Common.Persistence;
using Platform.Domain.Audit;
using Platform.Domain.Tenancy;

namespace Platform.Application.Audit;

public sealed class WriteAuditOnTenancyEvents(IRepository<AuditEntry> entries, IRequestContext request, TimeProvider clock)
    : INotificationHandler<CompanyCreated>, INotificationHandler<AccountLockedOut>
{
    public ValueTask Handle(CompanyCreated notification, CancellationToken ct)
    {
        entries.Add(AuditEntry.Record(
            notification.CompanyId,
            Domain.Common.Actor.System,
            AuditActions.CompanyCreated,
            "company",
            notification.CompanyId.ToString(),
            $"Created company '{notification.Name}' with key '{notification.Key}'.",
            null,
            request.RequestId,
            clock.GetUtcNow()));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(AccountLockedOut notification, CancellationToken ct)
    {
        entries.Add(AuditEntry.Record(
            notification.CompanyId,
            Domain.Common.Actor.System,
            AuditActions.AccountLockedOut,
            "account",
            notification.AccountId.ToString(),
            $"Locked {notification.Email} out until {notification.LockedUntil:u} after repeated failed sign-ins.",
            null,
            request.RequestId,
            clock.GetUtcNow()));
        return ValueTask.CompletedTask;
    }
}
