using Mediator;
using Platform.Api.Common;
using Platform.Application.Events.Webhooks;

namespace Platform.Api.Events;

/// <summary>The admin API for webhook endpoints (docs/events.md, "Webhooks"): admins of the named company only.</summary>
public static class WebhooksEndpoints
{
    public static void MapWebhooksEndpoints(this IEndpointRouteBuilder app)
    {
        // A session of another company gets 404, as if the company did not exist.
        var webhooks = app.MapGroup("/api/companies/{companyKey}/webhooks")
            .WithTags("Events")
            .RequireAuthorization(CurrentAccount.AdminPolicy)
            .AddEndpointFilter<OwnCompanyOnlyFilter>();

        webhooks.MapGet(string.Empty, async (HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var account = CurrentAccount.From(http.User)!;
            var result = await sender.Send(new ListWebhookEndpointsQuery(account.CompanyId), ct);
            return result.ToHttp(list => Results.Ok(list.Select(e => WebhookResponse.From(e))));
        })
        .WithSummary("The company's webhook endpoints with their delivery status (never their secrets).");

        webhooks.MapPost(string.Empty, async (string companyKey, CreateWebhookRequest? body, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var account = CurrentAccount.From(http.User)!;
            var result = await sender.Send(new CreateWebhookEndpointCommand(account.CompanyId, body?.Url ?? string.Empty, body?.Description, body?.EventTypes, account.Actor), ct);
            return result.ToHttp(issued => Results.Created(
                $"/api/companies/{companyKey}/webhooks/{issued.Endpoint.Id}", WebhookResponse.From(issued.Endpoint, issued.Secret)));
        })
        .WithSummary("Register a URL that receives the company's events from now on. The answer holds the signing secret (whsec_…); it is never shown again.");

        webhooks.MapGet("/{id}", async (string id, int? attempts, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var account = CurrentAccount.From(http.User)!;
            var result = await sender.Send(new GetWebhookEndpointQuery(account.CompanyId, id, attempts), ct);
            return result.ToHttp(details => Results.Ok(WebhookResponse.From(details.Endpoint, attempts: details.Attempts)));
        })
        .WithSummary("One endpoint with its newest delivery attempts (attempts: how many, default 50, at most 500).");

        webhooks.MapDelete("/{id}", async (string id, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var account = CurrentAccount.From(http.User)!;
            var result = await sender.Send(new DeleteWebhookEndpointCommand(account.CompanyId, id, account.Actor), ct);
            return result.ToHttp(_ => Results.NoContent());
        })
        .WithSummary("Delete an endpoint and its attempts.");

        webhooks.MapPost("/{id}/enable", (string id, HttpContext http, ISender sender, CancellationToken ct) => SetEnabledAsync(id, true, http, sender, ct))
            .WithSummary("Enable an endpoint: the events that happened while it was disabled are delivered, in order.");
        webhooks.MapPost("/{id}/disable", (string id, HttpContext http, ISender sender, CancellationToken ct) => SetEnabledAsync(id, false, http, sender, ct))
            .WithSummary("Disable an endpoint: nothing is sent until it is enabled again; its position is kept.");

        webhooks.MapPost("/{id}/attempts/{attemptId}/resend", async (string id, string attemptId, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var account = CurrentAccount.From(http.User)!;
            var result = await sender.Send(new ResendWebhookEventCommand(account.CompanyId, id, attemptId, account.Actor), ct);
            return result.ToHttp(resent => Results.Ok(new
            {
                restarted = resent.Restarted,
                attempt = resent.Attempt is null ? null : WebhookAttemptResponse.From(resent.Attempt),
            }));
        })
        .WithSummary("Send an attempt's event again. On a failed endpoint, resending the event it stopped at restarts it from there, in order; "
            + "otherwise the event is sent at once (same webhook-id) and the answer holds that attempt.");
    }

    private static async Task<IResult> SetEnabledAsync(string id, bool enabled, HttpContext http, ISender sender, CancellationToken ct)
    {
        var account = CurrentAccount.From(http.User)!;
        var result = await sender.Send(new SetWebhookEndpointEnabledCommand(account.CompanyId, id, enabled, account.Actor), ct);
        return result.ToHttp(view => Results.Ok(WebhookResponse.From(view)));
    }
}
