using Microsoft.EntityFrameworkCore;
using Platform.Domain.Integrations;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Integrations;

internal sealed class IntegrationsConventions : IModelConventions
{
    public void Configure(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<IntegrationId>().HaveConversion<IntegrationIdConverter>();
        configurationBuilder.Properties<ScimRequestId>().HaveConversion<ScimRequestIdConverter>();
    }
}
