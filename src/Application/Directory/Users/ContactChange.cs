using Platform.Domain.Directory.Users;

namespace Platform.Application.Directory.Users;

/// <summary>One change to a multi-valued attribute (emails, phoneNumbers), applied in order.</summary>
public abstract record ContactChange
{
    public abstract IReadOnlyList<ContactValue> ApplyTo(IReadOnlyList<ContactValue> current);

    /// <summary>RFC 7644 §3.5.2: a PATCH that makes a value primary makes every other value non-primary.</summary>
    private protected static List<ContactValue> WithoutPrimary(IEnumerable<ContactValue> items) =>
        items.Select(item => item.Primary ? item with { Primary = false } : item).ToList();
}
