using Microsoft.EntityFrameworkCore;
using Platform.Domain.Events;
using Platform.Domain.Events.Webhooks;
using Platform.Infrastructure.Events.Webhooks;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Events;

internal sealed class EventsConventions : IModelConventions
{
    public void Configure(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<ApiKeyId>().HaveConversion<ApiKeyIdConverter>();
        configurationBuilder.Properties<WebhookEndpointId>().HaveConversion<WebhookEndpointIdConverter>();
    }
}
