using Mapster;
using Platform.Domain.Integrations;

namespace Platform.Application.Integrations;

public sealed class IntegrationMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Integration, IntegrationView>()
            .Map(view => view.Id, integration => integration.Id.Value);
}
