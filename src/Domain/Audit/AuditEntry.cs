using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Audit;

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
