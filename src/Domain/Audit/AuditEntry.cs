using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Audit;

/// <summary>
/// One thing that happened in a company: who, what, to which target, when. Written in the same transaction as the
/// change it records, with the attributes it changed and the id of the request that made it (the request log's key;
/// none outside a request, e.g. at the CLI). Never holds a token, a password or a request payload.
/// </summary>
public sealed class AuditEntry
{
    public const int SummaryMaxLength = 500;
    public const int ActorIdMaxLength = 100;
    public const int ActorNameMaxLength = 200;
    public const int RequestIdMaxLength = 64;

    /// <summary>Beyond this many changed attributes an entry keeps the first ones only (extension objects are unbounded).</summary>
    public const int ChangesMaxCount = 50;

    // For EF Core materialisation.
    private AuditEntry()
    {
        ActorId = ActorName = Action = TargetType = TargetId = Summary = string.Empty;
    }

    private AuditEntry(
        CompanyId companyId, AuditEntryId id, DateTimeOffset occurredAt, Actor actor, string action, string targetType, string targetId, string summary, IReadOnlyList<AttributeChange>? changes, string? requestId)
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
        Changes = changes is null || changes.Count == 0 ? null : changes.Take(ChangesMaxCount).ToList();
        RequestId = string.IsNullOrEmpty(requestId) ? null : requestId[..Math.Min(requestId.Length, RequestIdMaxLength)];
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

    /// <summary>The attributes the change touched, before and after; null when the entry records a fact only.</summary>
    public IReadOnlyList<AttributeChange>? Changes { get; private set; }

    /// <summary>The id of the request that made the change (its W3C trace id), linking the entry to the request log.</summary>
    public string? RequestId { get; private set; }

    public static AuditEntry Record(
        CompanyId companyId, Actor actor, string action, string targetType, string targetId, string summary, IReadOnlyList<AttributeChange>? changes, string? requestId, DateTimeOffset now) =>
        new(companyId, AuditEntryId.New(), now, actor, action, targetType, targetId, summary, changes, requestId);

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
