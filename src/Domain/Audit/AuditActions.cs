namespace Platform.Domain.Audit;

public static class AuditActions
{
    public const string CompanyCreated = "company.created";
    public const string AccountLockedOut = "account.locked_out";
    public const string AccountAccessSuspended = "account.access_suspended";
    public const string AccountAccessKept = "account.access_kept";
    public const string AccountAccessRestored = "account.access_restored";
    public const string AccountLinkChanged = "account.link_changed";
    public const string IntegrationAdded = "integration.added";
    public const string IntegrationTokenRotated = "integration.token_rotated";
    public const string UserCreated = "user.created";
    public const string UserUpdated = "user.updated";
    public const string UserDeactivated = "user.deactivated";
    public const string UserReactivated = "user.reactivated";
    public const string UserDeleted = "user.deleted";
    public const string GroupCreated = "group.created";
    public const string GroupUpdated = "group.updated";
    public const string GroupMembersChanged = "group.members_changed";
    public const string GroupDeleted = "group.deleted";
    public const string ApiKeyCreated = "api_key.created";
    public const string ApiKeyRevoked = "api_key.revoked";
    public const string WebhookCreated = "webhook.created";
    public const string WebhookChanged = "webhook.changed";
    public const string WebhookDeleted = "webhook.deleted";
}
