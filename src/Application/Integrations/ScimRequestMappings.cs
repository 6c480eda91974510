using Mapster;
using Platform.Domain.Integrations;

namespace Platform.Application.Integrations;

public sealed class ScimRequestMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<ScimRequestRecord, ScimRequestSummaryView>()
            .Map(view => view.Id, request => request.Id.Value);
        config.NewConfig<ScimRequestRecord, ScimRequestView>()
            .Map(view => view.Id, request => request.Id.Value)
            .Map(view => view.IntegrationId, request => request.IntegrationId == null ? (Guid?)null : request.IntegrationId.Value.Value);
        config.NewConfig<ScimRequestRecord, ScimAuthenticationFailure>()
            .Map(failure => failure.RequestId, request => request.Id.Value)
            .Map(failure => failure.At, request => request.OccurredAt)
            .Map(failure => failure.Reason, request => request.Refusal ?? ScimRefusal.WrongToken);
    }
}
