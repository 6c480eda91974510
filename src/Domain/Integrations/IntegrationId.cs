using Platform.Domain.Common;

namespace Platform.Domain.Integrations;

public readonly record struct IntegrationId(Guid Value)
{
    public static IntegrationId New() => new(SequentialGuid.Next());

    public override string ToString() => Value.ToString();
}
