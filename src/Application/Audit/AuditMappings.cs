using Mapster;
using Platform.Domain.Audit;

namespace Platform.Application.Audit;

public sealed class AuditMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<AuditEntry, AuditEntryView>()
            .ConstructUsing(entry => new AuditEntryView(entry.OccurredAt, entry.ActorKind, entry.ActorName, entry.Action, entry.TargetType, entry.TargetId, entry.Summary, entry.Changes, entry.RequestId));
}
