using Platform.Domain.Common;

namespace Platform.Domain.Directory.Users;

/// <summary>
/// What changed between two profiles, attribute by attribute, under SCIM-style names: core attributes by their SCIM
/// name (<c>title</c>), name parts as <c>name.givenName</c>, the multi-valued contacts as one value each (<c>emails</c>),
/// the enterprise extension as <c>enterprise.department</c> (its manager as <c>enterprise.manager</c>), the attributes kept
/// as sent by their name with their compact JSON (<c>addresses</c>), and attributes
/// of other extension objects as <c>extension:attribute</c> (see <see cref="ExtensionObjects.Changes"/>).
/// </summary>
public static class UserProfileDiff
{
    public static IReadOnlyList<AttributeChange> Between(UserProfile before, UserProfile after)
    {
        var changes = new List<AttributeChange?>
        {
            AttributeChange.Between("userName", before.UserName, after.UserName),
            AttributeChange.Between("externalId", before.ExternalId, after.ExternalId),
        };
        changes.AddRange(Name(before.NameOrEmpty, after.NameOrEmpty));
        changes.AddRange(
        [
            AttributeChange.Between("displayName", before.DisplayName, after.DisplayName),
            AttributeChange.Between("nickName", before.NickName, after.NickName),
            AttributeChange.Between("title", before.Title, after.Title),
            AttributeChange.Between("userType", before.UserType, after.UserType),
            AttributeChange.Between("preferredLanguage", before.PreferredLanguage, after.PreferredLanguage),
            AttributeChange.Between("locale", before.Locale, after.Locale),
            AttributeChange.Between("timezone", before.Timezone, after.Timezone),
            AttributeChange.Between("active", Text(before.Active), Text(after.Active)),
            AttributeChange.Between("emails", Contacts(before.EmailsOrEmpty), Contacts(after.EmailsOrEmpty)),
            AttributeChange.Between("phoneNumbers", Contacts(before.PhoneNumbersOrEmpty), Contacts(after.PhoneNumbersOrEmpty)),
        ]);
        changes.AddRange(Enterprise(before.EnterpriseOrEmpty, after.EnterpriseOrEmpty));
        changes.AddRange(ExtensionObjects.Changes(before.CustomExtensions, after.CustomExtensions));
        changes.AddRange(StoredAttributes.Changes(before.Attributes, after.Attributes));
        return changes.OfType<AttributeChange>().ToList();
    }

    /// <summary>Every attribute a new profile sets, each as a change from nothing (secret-looking extension attributes withheld).</summary>
    public static IReadOnlyList<AttributeChange> Of(UserProfile profile) =>
        Between(new UserProfile(string.Empty, Active: !profile.Active), profile)
            .Select(change => change.IsWithheld ? change : change with { Before = null })
            .ToList();

    /// <summary>How <c>active</c> reads in a change: as SCIM writes it.</summary>
    public static string Text(bool active) => active ? "true" : "false";

    private static IEnumerable<AttributeChange?> Name(PersonName before, PersonName after) =>
    [
        AttributeChange.Between("name.givenName", before.GivenName, after.GivenName),
        AttributeChange.Between("name.familyName", before.FamilyName, after.FamilyName),
        AttributeChange.Between("name.middleName", before.MiddleName, after.MiddleName),
        AttributeChange.Between("name.formatted", before.Formatted, after.Formatted),
        AttributeChange.Between("name.honorificPrefix", before.HonorificPrefix, after.HonorificPrefix),
        AttributeChange.Between("name.honorificSuffix", before.HonorificSuffix, after.HonorificSuffix),
    ];

    private static IEnumerable<AttributeChange?> Enterprise(EnterpriseProfile before, EnterpriseProfile after) =>
    [
        AttributeChange.Between("enterprise.employeeNumber", before.EmployeeNumber, after.EmployeeNumber),
        AttributeChange.Between("enterprise.costCenter", before.CostCenter, after.CostCenter),
        AttributeChange.Between("enterprise.organization", before.Organization, after.Organization),
        AttributeChange.Between("enterprise.division", before.Division, after.Division),
        AttributeChange.Between("enterprise.department", before.Department, after.Department),
        AttributeChange.Between("enterprise.manager", before.ManagerId, after.ManagerId),
    ];

    /// <summary>Each value with its type, primary flag and display when set: <c>ada@x.com (work, primary), ada@home.example (home)</c>.</summary>
    private static string? Contacts(IReadOnlyList<ContactValue> values) =>
        values.Count == 0 ? null : string.Join(", ", values.Select(Contact));

    private static string Contact(ContactValue contact)
    {
        var notes = new[] { contact.Type, contact.Primary ? "primary" : null, contact.Display is null ? null : $"\"{contact.Display}\"" }.OfType<string>().ToList();
        return notes.Count == 0 ? contact.Value : $"{contact.Value} ({string.Join(", ", notes)})";
    }
}
