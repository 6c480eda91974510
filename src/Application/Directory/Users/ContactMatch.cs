using Platform.Domain.Directory.Users;

namespace Platform.Application.Directory.Users;

/// <summary>Which entries of a multi-valued attribute an operation is about: all of them, or those matching every given part.</summary>
public sealed record ContactMatch(string? Type = null, string? Value = null, bool? Primary = null)
{
    public static readonly ContactMatch All = new();

    public bool Matches(ContactValue item) =>
        (Type is null || string.Equals(item.Type, Type, StringComparison.OrdinalIgnoreCase))
        && (Value is null || string.Equals(item.Value, Value, StringComparison.OrdinalIgnoreCase))
        && (Primary is null || item.Primary == Primary);
}
