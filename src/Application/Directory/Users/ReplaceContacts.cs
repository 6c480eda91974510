using Platform.Domain.Directory.Users;

namespace Platform.Application.Directory.Users;

public sealed record ReplaceContacts(IReadOnlyList<ContactValue> Items) : ContactChange
{
    public override IReadOnlyList<ContactValue> ApplyTo(IReadOnlyList<ContactValue> current) => Items;
}
