using Platform.Domain.Common;

namespace Platform.Domain.Audit;

public readonly record struct AuditEntryId(Guid Value)
{
    public static AuditEntryId New() => new(SequentialGuid.Next());
}
