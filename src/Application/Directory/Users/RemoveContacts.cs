using Platform.Domain.Directory.Users;

namespace Platform.Application.Directory.Users;

public sealed record RemoveContacts(ContactMatch Match) : ContactChange
{
    public override IReadOnlyList<ContactValue> ApplyTo(IReadOnlyList<ContactValue> current) => current.Where(item => !Match.Matches(item)).ToList();
}
