using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Audit;

public readonly record struct AuditEntryId(Guid Value)
{
    public static AuditEntryId New() => new(SequentialGuid.Next());
}

/// <summary>
/// One thing that happened in a company: who, what, to which target, when. Written in the same transaction as the
/// change it records. Never holds a token, a password or a request payload.
/// </summary>
public sealed class AuditEntry
{
    public const int SummaryMaxLength = 500;
    public const int ActorIdMaxLength = 100;
    public const int ActorNameMaxLength = 200;

    // For EF Core materialisation.
    private AuditEntry()
    {
        ActorId = ActorName = Action = TargetType = TargetId = Summary = string.Empty;
    }

    private AuditEntry(CompanyId companyId, AuditEntryId id, DateTimeOffset occurredAt, Actor actor, string action, string targetType, string targetId, string summary)
    {
        CompanyId = companyId;
        Id = id;
        OccurredAt = occurredAt;
        ActorKind = actor.Kind;
        ActorId = Truncate(actor.Id, ActorIdMaxLength);
        ActorName = Truncate(actor.DisplayName, ActorNameMaxLength);
        Action = action;
        TargetType = targetType;
        TargetId = targetId;
        Summary = Truncate(summary, SummaryMaxLength);
    }

    public CompanyId CompanyId { get; private set; }

    public AuditEntryId Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public ActorKind ActorKind { get; private set; }

    public string ActorId { get; private set; }

    public string ActorName { get; private set; }

    /// <summary>A stable dotted name such as <c>integration.token_rotated</c>; see <see cref="AuditActions"/>.</summary>
    public string Action { get; private set; }

    public string TargetType { get; private set; }

    public string TargetId { get; private set; }

    public string Summary { get; private set; }

    public static AuditEntry Record(CompanyId companyId, Actor actor, string action, string targetType, string targetId, string summary, DateTimeOffset now) =>
        new(companyId, AuditEntryId.New(), now, actor, action, targetType, targetId, summary);

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

public static class AuditActions
{
    public const string CompanyCreated = "company.created";
    public const string AccountLockedOut = "account.locked_out";
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
}
