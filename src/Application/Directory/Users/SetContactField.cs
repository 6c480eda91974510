using Platform.Domain.Directory.Users;

namespace Platform.Application.Directory.Users;

/// <summary>
/// Sets one field (value, type, primary or display) on the matching entries. Setting the value where nothing matches
/// a typed filter adds that entry (Entra sets a work email with <c>emails[type eq "work"].value</c> before one exists).
/// Making matching entries primary makes the others non-primary.
/// </summary>
public sealed record SetContactField(ContactMatch Match, ContactField Field, string? Value) : ContactChange
{
    public override IReadOnlyList<ContactValue> ApplyTo(IReadOnlyList<ContactValue> current)
    {
        var matched = current.Any(Match.Matches);
        if (Field == ContactField.Value && Value is not null && Match.Type is not null && !matched)
        {
            var added = new ContactValue(Value, Match.Type, Match.Primary ?? false);
            return [.. added.Primary ? WithoutPrimary(current) : current, added];
        }

        var makesPrimary = matched && Field == ContactField.Primary && IsTrue(Value);
        return current.Select(item => Match.Matches(item) ? Set(item) : makesPrimary ? item with { Primary = false } : item).ToList();
    }

    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    private ContactValue Set(ContactValue item) => Field switch
    {
        ContactField.Value => item with { Value = Value ?? string.Empty },
        ContactField.Type => item with { Type = Value },
        ContactField.Primary => item with { Primary = IsTrue(Value) },
        ContactField.Display => item with { Display = Value },
        _ => item,
    };
}
