using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Common;
using Platform.Domain.Events.Webhooks;
using Platform.Domain.Tenancy;

namespace Platform.Application.Events.Webhooks;

/// <summary>Deletes an endpoint and its delivery attempts; nothing more is sent to it (a delivery already under way may still arrive).</summary>
public sealed record DeleteWebhookEndpointCommand(CompanyId CompanyId, string EndpointId, Actor Actor) : ICommand<Result<WebhookEndpointView>>, ITenantScoped;

public sealed class DeleteWebhookEndpointHandler(IRepository<WebhookEndpoint> endpoints, IRepository<WebhookAttempt> attempts)
    : ICommandHandler<DeleteWebhookEndpointCommand, Result<WebhookEndpointView>>
{
    public async ValueTask<Result<WebhookEndpointView>> Handle(DeleteWebhookEndpointCommand command, CancellationToken ct)
    {
        var endpoint = WebhookEndpointId.TryParse(command.EndpointId, out var id) ? await endpoints.FirstOrDefaultAsync(new WebhookEndpointByIdSpec(command.CompanyId, id), ct) : null;
        if (endpoint is null) return WebhooksErrors.EndpointNotFound(command.EndpointId);
        foreach (var attempt in await attempts.ListAsync(new AllWebhookAttemptsOfEndpointSpec(command.CompanyId, id), ct)) attempts.Remove(attempt);
        endpoint.Delete(command.Actor);
        endpoints.Remove(endpoint);
        return WebhookEndpointView.From(endpoint);
    }
}
