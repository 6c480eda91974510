using Platform.Domain.Common;

namespace Platform.Domain.Integrations;

public readonly record struct ScimRequestId(Guid Value)
{
    public static ScimRequestId New() => new(SequentialGuid.Next());

    public override string ToString() => Value.ToString();
}
