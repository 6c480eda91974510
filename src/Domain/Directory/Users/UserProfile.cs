namespace Platform.Domain.Directory.Users;

/// <summary>
/// Everything a directory client may write about a user. Replacing a user replaces all of it; a patch produces a new
/// profile from the old one. <see cref="CustomExtensions"/> holds extension objects we do not interpret (an Okta org's
/// custom attributes), as a JSON object keyed by extension name, so that they survive a round trip. <see cref="Attributes"/>
/// holds the other RFC 7643 attributes the catalogue keeps as sent after validation (addresses, roles, entitlements, ims,
/// photos, x509Certificates, profileUrl), as a JSON object keyed by attribute name.
/// </summary>
public sealed record UserProfile(
    string UserName,
    string? ExternalId = null,
    PersonName? Name = null,
    string? DisplayName = null,
    string? NickName = null,
    string? Title = null,
    string? UserType = null,
    string? PreferredLanguage = null,
    string? Locale = null,
    string? Timezone = null,
    bool Active = true,
    IReadOnlyList<ContactValue>? Emails = null,
    IReadOnlyList<ContactValue>? PhoneNumbers = null,
    EnterpriseProfile? Enterprise = null,
    string? CustomExtensions = null,
    string? Attributes = null)
{
    public PersonName NameOrEmpty => Name ?? PersonName.Empty;

    public EnterpriseProfile EnterpriseOrEmpty => Enterprise ?? EnterpriseProfile.Empty;

    public IReadOnlyList<ContactValue> EmailsOrEmpty => Emails ?? [];

    public IReadOnlyList<ContactValue> PhoneNumbersOrEmpty => PhoneNumbers ?? [];

    /// <summary>Value equality that compares the multi-valued attributes item by item (a record compares lists by reference).</summary>
    public bool Equals(UserProfile? other) =>
        other is not null
        && UserName == other.UserName && ExternalId == other.ExternalId && NameOrEmpty == other.NameOrEmpty
        && DisplayName == other.DisplayName && NickName == other.NickName && Title == other.Title && UserType == other.UserType
        && PreferredLanguage == other.PreferredLanguage && Locale == other.Locale && Timezone == other.Timezone
        && Active == other.Active && EmailsOrEmpty.SequenceEqual(other.EmailsOrEmpty) && PhoneNumbersOrEmpty.SequenceEqual(other.PhoneNumbersOrEmpty)
        && EnterpriseOrEmpty == other.EnterpriseOrEmpty && CustomExtensions == other.CustomExtensions && Attributes == other.Attributes;

    public override int GetHashCode() => HashCode.Combine(UserName, ExternalId, DisplayName, Active);
}
