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

    // For keyset paging in queries, where the database compares ids in its own order, the one pages are sorted in.
    public static bool operator >(UserId left, UserId right) => left.Value.CompareTo(right.Value) > 0;

    public static bool operator <(UserId left, UserId right) => left.Value.CompareTo(right.Value) < 0;
}
