using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Application.Events;
using Platform.Application.Events.Webhooks;
using Platform.Domain.Events.Webhooks;

namespace Platform.Infrastructure.Events.Webhooks;

/// <summary>
/// The delivery worker; every replica runs one and they share the endpoints through leases (<see cref="WebhookDeliveryStore"/>).
/// Every <see cref="WebhookSettings.PollInterval"/> it reads where the event sequence stands (one statement, no
/// table) and claims the endpoints that are due: a retry whose time has come, or new events since the endpoint was
/// last found caught up. The directory's write path is untouched: no trigger, no notification, no extra statement.
/// For each claimed endpoint it reads the company's final events after the endpoint's position (single-shard) and
/// sends them one by one, in order; the first one that fails stops the endpoint until its retry (exponential
/// backoff with jitter, <see cref="WebhookSettings.RetryDelays"/>), and after <see cref="WebhookSettings.GiveUpAfter"/>
/// the endpoint is failed until an admin resends. The position moves only after a 2xx, so each event reaches each
/// endpoint at least once; a replica that stops mid-delivery may cause one duplicate, with the same <c>webhook-id</c>.
/// </summary>
internal sealed partial class WebhookDispatcher(
    IServiceScopeFactory scopes, IOptions<WebhookSettings> options, IWebhookSender sender, TimeProvider clock, ILogger<WebhookDispatcher> logger)
    : BackgroundService
{
    private readonly WebhookSettings _settings = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            running.RemoveAll(t => t.IsCompleted);
            var claimed = 0;
            try
            {
                var free = Math.Max(1, _settings.Concurrency) - running.Count;
                if (free > 0)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var store = scope.ServiceProvider.GetRequiredService<WebhookDeliveryStore>();
                    var progress = await store.ProgressAsync(stoppingToken);
                    var now = clock.GetUtcNow();
                    var token = Guid.NewGuid();
                    foreach (var endpoint in await store.ClaimAsync(progress.Seq, free, token, now, now + _settings.LeaseDuration, stoppingToken))
                    {
                        running.Add(Task.Run(() => DeliverAsync(endpoint, token, progress, stoppingToken), CancellationToken.None));
                        claimed++;
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                ClaimFailed(logger, ex);
            }

            if (claimed > 0) continue;
            try
            {
                await Task.WhenAny([Task.Delay(_settings.PollInterval, clock, stoppingToken), .. running]);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await Task.WhenAll(running);
    }

    private async Task DeliverAsync(WebhookEndpoint endpoint, Guid token, EventsProgress progress, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<WebhookDeliveryStore>();
        try
        {
            await DeliverBatchAsync(endpoint, token, progress, store, scope.ServiceProvider.GetRequiredService<IChangeEventReader>(), ct);
        }
        catch (Exception ex)
        {
            if (ex is not OperationCanceledException || !ct.IsCancellationRequested) DeliveryFailed(logger, ex, endpoint.Id.ToString(), endpoint.CompanyId.ToString());
            try
            {
                await store.ReleaseAsync(endpoint, token, CancellationToken.None);
            }
            catch (Exception releaseError)
            {
                // The lease ends by itself.
                DeliveryFailed(logger, releaseError, endpoint.Id.ToString(), endpoint.CompanyId.ToString());
            }
        }
    }

    private async Task DeliverBatchAsync(WebhookEndpoint endpoint, Guid token, EventsProgress progress, WebhookDeliveryStore store, IChangeEventReader reader, CancellationToken ct)
    {
        // Half the lease for sending, so that the lease outlives the last request of the batch.
        var stopSendingAt = clock.GetUtcNow() + (_settings.LeaseDuration / 2);
        var state = new WebhookDeliveryState(endpoint);
        var horizon = await reader.HorizonAsync(ct);
        var events = await reader.ReadBelowAsync(endpoint.CompanyId, state.Cursor, Math.Max(1, _settings.BatchSize), horizon, ct);
        var handledAll = true;
        foreach (var changeEvent in events)
        {
            var cursor = new EventCursor(changeEvent.Tx, changeEvent.Id);
            if (!endpoint.Wants(changeEvent.Type))
            {
                state.Cursor = cursor;
                continue;
            }

            if (clock.GetUtcNow() > stopSendingAt)
            {
                handledAll = false;
                break;
            }

            var sent = await sender.SendAsync(endpoint, changeEvent, ct);
            var number = state.FailedAttempts + 1;
            var outcome = WebhookAttemptOutcome.Delivered;
            if (sent.Accepted) state.Delivered(cursor, clock.GetUtcNow());
            else outcome = state.Failed(clock.GetUtcNow(), _settings);

            await store.RecordAsync(
                WebhookAttempt.Record(endpoint.CompanyId, endpoint.Id, changeEvent, number, resend: false, sent.StartedAt, sent.DurationMs, sent.StatusCode, sent.Error, outcome), ct);
            if (!sent.Accepted)
            {
                if (outcome == WebhookAttemptOutcome.GaveUp) GaveUp(logger, endpoint.Id.ToString(), endpoint.CompanyId.ToString(), changeEvent.EventId, number);
                handledAll = false;
                break;
            }

            if (!await store.SaveAsync(endpoint, state, token, release: false, ct)) return;
        }

        // Caught up: nothing more below the horizon, and the horizon is past every transaction that could have
        // written an event up to the sequence value read before the claim. Until then the endpoint stays due.
        if (handledAll && events.Count < _settings.BatchSize && horizon >= progress.Xmax) state.CheckedThrough = progress.Seq;
        await store.SaveAsync(endpoint, state, token, release: true, ct);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Could not look for due webhook deliveries; trying again shortly.")]
    private static partial void ClaimFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Webhook delivery to endpoint {EndpointId} of company {CompanyId} stopped by an error; its lease is released.")]
    private static partial void DeliveryFailed(ILogger logger, Exception exception, string endpointId, string companyId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning,
        Message = "Webhook endpoint {EndpointId} of company {CompanyId} failed: event {EventId} was refused {Attempts} times over the retry period; deliveries stop until an admin resends it.")]
    private static partial void GaveUp(ILogger logger, string endpointId, string companyId, Guid eventId, int attempts);
}
