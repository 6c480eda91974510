using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Domain.Integrations;

namespace Platform.Infrastructure.Integrations;

internal sealed class IntegrationIdConverter() : ValueConverter<IntegrationId, Guid>(id => id.Value, value => new IntegrationId(value));
