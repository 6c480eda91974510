using Platform.Domain.Directory.Users;

namespace Platform.Application.Directory.Users;

/// <summary>
/// Adds items; an item equal in value and type to an existing one replaces it instead of repeating it. A primary item
/// takes primary from the entries already there.
/// </summary>
public sealed record AddContacts(IReadOnlyList<ContactValue> Items) : ContactChange
{
    public override IReadOnlyList<ContactValue> ApplyTo(IReadOnlyList<ContactValue> current)
    {
        var result = Items.Any(item => item.Primary) ? WithoutPrimary(current) : current.ToList();
        foreach (var item in Items)
        {
            var index = result.FindIndex(existing =>
                string.Equals(existing.Value, item.Value, StringComparison.OrdinalIgnoreCase) && string.Equals(existing.Type, item.Type, StringComparison.OrdinalIgnoreCase));
            if (index >= 0) result[index] = item;
            else result.Add(item);
        }

        return result;
    }
}
