using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Domain.Events.Webhooks;

namespace Platform.Infrastructure.Events.Webhooks;

internal sealed class WebhookEndpointIdConverter() : ValueConverter<WebhookEndpointId, Guid>(id => id.Value, value => new WebhookEndpointId(value));
