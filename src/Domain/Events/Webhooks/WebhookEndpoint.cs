using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Events.Webhooks;

/// <summary>
/// A URL to which a company's change events are delivered, in order, signed with the endpoint's secret (Standard
/// Webhooks, docs/events.md). The secret is kept only as ciphertext the server can decrypt to sign (it is shown once,
/// at creation). Delivery state: the position after the last event handed over (<see cref="CursorTx"/>,
/// <see cref="CursorId"/>), the retries of the event that blocks the later ones, and the lease of the replica that
/// delivers (written by the delivery worker, not by the admin's commands). An endpoint whose retries are spent is
/// <see cref="FailedAt"/>: it delivers nothing more until an admin restarts it, so that the order is never broken.
/// </summary>
public sealed class WebhookEndpoint : AggregateRoot
{
    public const int UrlMaxLength = 2000;
    public const int DescriptionMaxLength = 200;
    public const int EventTypesMaxLength = 1000;

    // For EF Core materialisation.
    private WebhookEndpoint()
    {
        Url = Description = EventTypes = ProtectedSecret = CreatedBy = string.Empty;
    }

    private WebhookEndpoint(
        CompanyId companyId, string url, string description, IEnumerable<string> eventTypes, string protectedSecret, long cursorTx, long cursorId, Actor actor, DateTimeOffset now)
    {
        CompanyId = companyId;
        Id = WebhookEndpointId.New();
        Url = url;
        Description = description;
        EventTypes = string.Join(' ', eventTypes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        ProtectedSecret = protectedSecret;
        Enabled = true;
        CreatedBy = actor.DisplayName.Length <= 200 ? actor.DisplayName : actor.DisplayName[..200];
        CreatedAt = now;
        CursorTx = cursorTx;
        CursorId = cursorId;
    }

    public CompanyId CompanyId { get; private set; }

    public WebhookEndpointId Id { get; private set; }

    public string Url { get; private set; }

    public string Description { get; private set; }

    /// <summary>The event types delivered, separated by spaces; empty for every type.</summary>
    public string EventTypes { get; private set; }

    /// <summary>The signing secret, encrypted (ASP.NET Core Data Protection); never shown after creation.</summary>
    public string ProtectedSecret { get; private set; }

    public bool Enabled { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>With <see cref="CursorId"/>: the position just after the last event handed over (delivered or filtered out).</summary>
    public long CursorTx { get; private set; }

    public long CursorId { get; private set; }

    /// <summary>The failed attempts so far of the event after the cursor.</summary>
    public int FailedAttempts { get; private set; }

    /// <summary>When that event first failed: retries go on until this plus the give-up time.</summary>
    public DateTimeOffset? FirstFailedAt { get; private set; }

    /// <summary>When the event after the cursor is tried again; null when the endpoint is not waiting for a retry.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>Set when the retries were spent: nothing more is delivered until an admin restarts the endpoint.</summary>
    public DateTimeOffset? FailedAt { get; private set; }

    public DateTimeOffset? LastDeliveredAt { get; private set; }

    /// <summary>The change-event sequence value up to which the worker found nothing more to deliver (a hint, not a position).</summary>
    public long CheckedThrough { get; private set; }

    /// <summary>The delivering replica's lease: no other replica claims the endpoint before it ends.</summary>
    public DateTimeOffset? LeasedUntil { get; private set; }

    public Guid? LeaseToken { get; private set; }

    public bool IsFailed => FailedAt is not null;

    public IReadOnlyList<string> EventTypeList => EventTypes.Length == 0 ? [] : EventTypes.Split(' ');

    public static WebhookEndpoint Create(
        CompanyId companyId, string url, string? description, IEnumerable<string> eventTypes, string protectedSecret, long cursorTx, long cursorId, Actor actor, DateTimeOffset now)
    {
        var endpoint = new WebhookEndpoint(companyId, url, description?.Trim() ?? string.Empty, eventTypes, protectedSecret, cursorTx, cursorId, actor, now);
        endpoint.Raise(new WebhookEndpointCreated(companyId, endpoint.Id, endpoint.Url, actor));
        return endpoint;
    }

    /// <summary>Whether events of this type go to this endpoint.</summary>
    public bool Wants(string eventType) => EventTypes.Length == 0 || EventTypeList.Contains(eventType, StringComparer.Ordinal);

    public void Enable(Actor actor)
    {
        if (Enabled) return;
        Enabled = true;
        Raise(new WebhookEndpointSwitched(CompanyId, Id, Url, WebhookEndpointSwitch.Enabled, actor));
    }

    /// <summary>Stops deliveries; the position is kept, so that enabling again delivers what happened meanwhile, in order.</summary>
    public void Disable(Actor actor)
    {
        if (!Enabled) return;
        Enabled = false;
        Raise(new WebhookEndpointSwitched(CompanyId, Id, Url, WebhookEndpointSwitch.Disabled, actor));
    }

    /// <summary>After a failure: the blocked event is tried again at once, with a fresh retry allowance.</summary>
    public void Restart(Actor actor, DateTimeOffset now)
    {
        if (!IsFailed) return;
        FailedAt = null;
        FailedAttempts = 0;
        FirstFailedAt = null;
        NextAttemptAt = now;
        Raise(new WebhookEndpointSwitched(CompanyId, Id, Url, WebhookEndpointSwitch.Restarted, actor));
    }

    public void Delete(Actor actor) => Raise(new WebhookEndpointDeleted(CompanyId, Id, Url, actor));
}
