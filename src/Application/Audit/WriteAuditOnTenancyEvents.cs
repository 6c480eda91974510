using Mediator;
using Platform.Application.Common;
using Platform.Application.Common.Persistence;
using Platform.Domain.Audit;
using Platform.Domain.Tenancy;

namespace Platform.Application.Audit;

public sealed class WriteAuditOnTenancyEvents(IRepository<AuditEntry> entries, IRequestContext request, TimeProvider clock)
    : INotificationHandler<CompanyCreated>,
      INotificationHandler<AccountLockedOut>,
      INotificationHandler<AccountAccessSuspended>,
      INotificationHandler<AccountAccessKept>,
      INotificationHandler<AccountAccessRestored>,
      INotificationHandler<AccountLinkChanged>
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

    public ValueTask Handle(AccountAccessSuspended notification, CancellationToken ct) => WriteAccount(
        notification.CompanyId,
        notification.Actor,
        AuditActions.AccountAccessSuspended,
        notification.AccountId,
        $"Ended the console sessions of {notification.Email} and refused its sign-in: {notification.PersonName} was {(notification.PersonDeleted ? "deleted" : "deactivated")} in the directory.");

    public ValueTask Handle(AccountAccessKept notification, CancellationToken ct) => WriteAccount(
        notification.CompanyId,
        notification.Actor,
        AuditActions.AccountAccessKept,
        notification.AccountId,
        $"Kept the console access of {notification.Email}: {notification.PersonName} was {(notification.PersonDeleted ? "deleted" : "deactivated")} in the directory, but {notification.Email} is the last active admin.");

    public ValueTask Handle(AccountAccessRestored notification, CancellationToken ct) => WriteAccount(
        notification.CompanyId,
        notification.Actor,
        AuditActions.AccountAccessRestored,
        notification.AccountId,
        $"Restored the console access of {notification.Email}: {notification.Reason}.");

    public ValueTask Handle(AccountLinkChanged notification, CancellationToken ct) => WriteAccount(
        notification.CompanyId,
        notification.Actor,
        AuditActions.AccountLinkChanged,
        notification.AccountId,
        notification.PersonName is null
            ? $"Unlinked {notification.Email} from the directory: no person's status changes its access."
            : $"Linked {notification.Email} to {notification.PersonName} in the directory.");

    private ValueTask WriteAccount(CompanyId companyId, Domain.Common.Actor actor, string action, AccountId accountId, string summary)
    {
        entries.Add(AuditEntry.Record(companyId, actor, action, "account", accountId.ToString(), summary, null, request.RequestId, clock.GetUtcNow()));
        return ValueTask.CompletedTask;
    }
}
