using Platform.Domain.Common;

namespace Platform.Domain.Directory.Groups;

public readonly record struct GroupId(Guid Value)
{
    public static GroupId New() => new(SequentialGuid.Next());

    public static bool TryParse(string? text, out GroupId id)
    {
        var ok = Guid.TryParseExact(text, "D", out var value);
        id = new GroupId(value);
        return ok;
    }

    public override string ToString() => Value.ToString("D");
}
