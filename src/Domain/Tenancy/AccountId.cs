using Platform.Domain.Common;

namespace Platform.Domain.Tenancy;

public readonly record struct AccountId(Guid Value)
{
    public static AccountId New() => new(SequentialGuid.Next());

    public override string ToString() => Value.ToString();
}
