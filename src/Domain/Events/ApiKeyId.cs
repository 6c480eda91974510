using Platform.Domain.Common;

namespace Platform.Domain.Events;

public readonly record struct ApiKeyId(Guid Value)
{
    public static ApiKeyId New() => new(SequentialGuid.Next());

    public static bool TryParse(string? text, out ApiKeyId id)
    {
        var ok = Guid.TryParse(text, out var value);
        id = new ApiKeyId(value);
        return ok;
    }

    public override string ToString() => Value.ToString("D");
}
