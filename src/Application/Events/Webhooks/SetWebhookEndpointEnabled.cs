using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Common;
using Platform.Domain.Events.Webhooks;
using Platform.Domain.Tenancy;

namespace Platform.Application.Events.Webhooks;

/// <summary>Disables an endpoint (its events wait, in order) or enables it again (they are delivered from where it stopped).</summary>
public sealed record SetWebhookEndpointEnabledCommand(CompanyId CompanyId, string EndpointId, bool Enabled, Actor Actor) : ICommand<Result<WebhookEndpointView>>, ITenantScoped;

public sealed class SetWebhookEndpointEnabledHandler(IRepository<WebhookEndpoint> endpoints) : ICommandHandler<SetWebhookEndpointEnabledCommand, Result<WebhookEndpointView>>
{
    public async ValueTask<Result<WebhookEndpointView>> Handle(SetWebhookEndpointEnabledCommand command, CancellationToken ct)
    {
        var endpoint = WebhookEndpointId.TryParse(command.EndpointId, out var id) ? await endpoints.FirstOrDefaultAsync(new WebhookEndpointByIdSpec(command.CompanyId, id), ct) : null;
        if (endpoint is null) return WebhooksErrors.EndpointNotFound(command.EndpointId);
        if (command.Enabled) endpoint.Enable(command.Actor);
        else endpoint.Disable(command.Actor);
        return WebhookEndpointView.From(endpoint);
    }
}
