using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Events;

/// <summary>
/// One directory change as the events API hands it out (docs/events.md): written in the same transaction as the change
/// (a transactional outbox), never updated. Ordered per company by (<see cref="Tx"/>, <see cref="Id"/>): the database
/// fills both on insert, <see cref="Tx"/> with the writing transaction's id on PostgreSQL (0 on SQLite, whose single
/// writer makes <see cref="Id"/> alone the commit order). <see cref="Data"/> is the type's payload as a JSON object.
/// </summary>
public sealed class ChangeEvent
{
    public const int TypeMaxLength = 60;
    public const int ResourceTypeMaxLength = 20;
    public const int ResourceIdMaxLength = 100;
    public const int ActorIdMaxLength = 100;
    public const int ActorNameMaxLength = 200;
    public const int RequestIdMaxLength = 64;

    // For EF Core materialisation.
    private ChangeEvent()
    {
        Type = ResourceType = ResourceId = ActorId = ActorName = Data = string.Empty;
    }

    private ChangeEvent(CompanyId companyId, string type, string resourceType, string resourceId, string data, Actor actor, string? requestId, DateTimeOffset occurredAt)
    {
        CompanyId = companyId;
        EventId = SequentialGuid.Next();
        Type = type;
        ResourceType = resourceType;
        ResourceId = resourceId;
        Data = data;
        ActorKind = actor.Kind;
        ActorId = Truncate(actor.Id, ActorIdMaxLength);
        ActorName = Truncate(actor.DisplayName, ActorNameMaxLength);
        RequestId = string.IsNullOrEmpty(requestId) ? null : requestId[..Math.Min(requestId.Length, RequestIdMaxLength)];
        OccurredAt = occurredAt;
    }

    public CompanyId CompanyId { get; private set; }

    /// <summary>Assigned by the database on insert (a sequence): the order of events within one transaction.</summary>
    public long Id { get; private set; }

    /// <summary>Assigned by the database on insert: the id of the transaction that wrote the event (PostgreSQL's <c>pg_current_xact_id()</c>).</summary>
    public long Tx { get; private set; }

    /// <summary>The event's public id, stable across reads and deliveries (what a consumer deduplicates on).</summary>
    public Guid EventId { get; private set; }

    /// <summary>A dotted name such as <c>user.created</c>; see <see cref="ChangeEventTypes"/>.</summary>
    public string Type { get; private set; }

    /// <summary><c>user</c> or <c>group</c>.</summary>
    public string ResourceType { get; private set; }

    public string ResourceId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public ActorKind ActorKind { get; private set; }

    public string ActorId { get; private set; }

    public string ActorName { get; private set; }

    /// <summary>The id of the request that made the change (the request log's and the audit's key); null outside a request.</summary>
    public string? RequestId { get; private set; }

    /// <summary>The type's payload, a JSON object (docs/events.md). Never holds a password or a secret-looking attribute's value.</summary>
    public string Data { get; private set; }

    public static ChangeEvent Record(
        CompanyId companyId, string type, string resourceType, string resourceId, string data, Actor actor, string? requestId, DateTimeOffset now) =>
        new(companyId, type, resourceType, resourceId, data, actor, requestId, now);

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
