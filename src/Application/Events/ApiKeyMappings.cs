using Mapster;
using Platform.Domain.Events;

namespace Platform.Application.Events;

public sealed class ApiKeyMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<ApiKey, ApiKeyView>()
            .Map(view => view.Id, key => key.Id.Value);
}
