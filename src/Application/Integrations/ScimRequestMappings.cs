using Mapster;
using Platform.Domain.Integrations;

namespace Platform.Application.Integrations;

public sealed class ScimRequestMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<ScimRequestRecord, ScimRequestSummaryView>()
            .ConstructUsing(r => new ScimRequestSummaryView(
                r.Id.Value, r.OccurredAt, r.Version, r.Method, r.Path, r.Resource, r.Status, r.ScimType, r.ErrorDetail, r.Refusal, r.DurationMs, r.RequestId));
        config.NewConfig<ScimRequestRecord, ScimRequestView>()
            .ConstructUsing(r => new ScimRequestView(
                r.Id.Value,
                r.OccurredAt,
                r.IntegrationId == null ? null : r.IntegrationId.Value.Value,
                r.Version,
                r.Method,
                r.Path,
                r.Resource,
                r.Status,
                r.ScimType,
                r.ErrorDetail,
                r.Refusal,
                r.DurationMs,
                r.RequestId,
                r.RequestBody,
                r.ResponseBody));
        config.NewConfig<ScimRequestRecord, ScimAuthenticationFailure>()
            .ConstructUsing(r => new ScimAuthenticationFailure(r.Id.Value, r.OccurredAt, r.Refusal ?? ScimRefusal.WrongToken));
    }
}
