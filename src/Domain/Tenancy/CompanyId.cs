using Platform.Domain.Common;

namespace Platform.Domain.Tenancy;

public readonly record struct CompanyId(Guid Value)
{
    public static CompanyId New() => new(SequentialGuid.Next());

    public override string ToString() => Value.ToString();
}
