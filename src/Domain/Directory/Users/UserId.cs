using Platform.Domain.Common;

namespace Platform.Domain.Directory.Users;

public readonly record struct UserId(Guid Value)
{
    public static UserId New() => new(SequentialGuid.Next());

    /// <summary>Ids come from clients as text; anything that is not one of ours (e.g. Okta's test ids) is simply not found.</summary>
    public static bool TryParse(string? text, out UserId id)
    {
        var ok = Guid.TryParseExact(text, "D", out var value);
        id = new UserId(value);
        return ok;
    }

    public override string ToString() => Value.ToString("D");
}
