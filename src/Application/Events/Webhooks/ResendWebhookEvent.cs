using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Common;
using Platform.Domain.Events.Webhooks;
using Platform.Domain.Tenancy;

namespace Platform.Application.Events.Webhooks;

/// <summary>
/// The console's "Resend" on an attempt. When the endpoint has failed and the attempt's event is the one it stopped
/// at, the endpoint is restarted from that event (in order, with a fresh retry allowance). Otherwise the event is sent
/// again at once, outside the endpoint's order, with the same <c>webhook-id</c>; that attempt is recorded and not retried.
/// </summary>
public sealed record ResendWebhookEventCommand(CompanyId CompanyId, string EndpointId, string AttemptId, Actor Actor) : ICommand<Result<WebhookResent>>, ITenantScoped;

public sealed class ResendWebhookEventHandler(
    IRepository<WebhookEndpoint> endpoints, IRepository<WebhookAttempt> attempts, IChangeEventReader events, IWebhookSender sender, TimeProvider clock)
    : ICommandHandler<ResendWebhookEventCommand, Result<WebhookResent>>
{
    public async ValueTask<Result<WebhookResent>> Handle(ResendWebhookEventCommand command, CancellationToken ct)
    {
        var endpoint = WebhookEndpointId.TryParse(command.EndpointId, out var id) ? await endpoints.FirstOrDefaultAsync(new WebhookEndpointByIdSpec(command.CompanyId, id), ct) : null;
        if (endpoint is null) return WebhooksErrors.EndpointNotFound(command.EndpointId);
        var attempt = Guid.TryParse(command.AttemptId, out var attemptId) ? await attempts.FirstOrDefaultAsync(new WebhookAttemptByIdSpec(command.CompanyId, id, attemptId), ct) : null;
        if (attempt is null) return WebhooksErrors.AttemptNotFound(command.AttemptId);

        var blocked = (attempt.EventTx, attempt.EventSeq).CompareTo((endpoint.CursorTx, endpoint.CursorId)) > 0;
        if (endpoint.IsFailed && blocked)
        {
            endpoint.Restart(command.Actor, clock.GetUtcNow());
            return new WebhookResent(true, null);
        }

        var changeEvent = await events.FindAsync(command.CompanyId, attempt.EventSeq, ct);
        if (changeEvent is null) return WebhooksErrors.AttemptNotFound(command.AttemptId);

        // The request waits for the receiver (at most the send timeout): the admin sees the outcome at once.
        var sent = await sender.SendAsync(endpoint, changeEvent, ct);
        var resend = WebhookAttempt.Record(
            command.CompanyId, endpoint.Id, changeEvent, attempt.Number, resend: true, sent.StartedAt, sent.DurationMs, sent.StatusCode, sent.Error,
            sent.Accepted ? WebhookAttemptOutcome.Delivered : WebhookAttemptOutcome.ResendFailed);
        attempts.Add(resend);
        return new WebhookResent(false, new WebhookAttemptView(
            resend.Id, resend.EventId, resend.EventType, resend.Number, resend.Resend, resend.StartedAt, resend.DurationMs, resend.StatusCode, resend.Error, resend.Outcome));
    }
}
