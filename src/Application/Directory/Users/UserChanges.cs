using Platform.Application.Common;
using Platform.Domain.Directory;
using Platform.Domain.Directory.Users;

namespace Platform.Application.Directory.Users;

/// <summary>
/// A protocol-neutral change set for one user: every attribute is either left alone (no value) or set (possibly to
/// null, which clears it). The SCIM edge builds it from a 1.1 partial resource or a 2.0 PatchOp; the handler applies
/// it to the stored user inside the transaction, so concurrent patches of different attributes do not overwrite each other.
/// </summary>
public sealed class UserChanges
{
    public Optional<string?> UserName { get; set; }

    public Optional<string?> ExternalId { get; set; }

    public Optional<string?> DisplayName { get; set; }

    public Optional<string?> NickName { get; set; }

    public Optional<string?> Title { get; set; }

    public Optional<string?> UserType { get; set; }

    public Optional<string?> PreferredLanguage { get; set; }

    public Optional<string?> Locale { get; set; }

    public Optional<string?> Timezone { get; set; }

    public Optional<bool> Active { get; set; }

    public Optional<string?> GivenName { get; set; }

    public Optional<string?> FamilyName { get; set; }

    public Optional<string?> MiddleName { get; set; }

    public Optional<string?> FormattedName { get; set; }

    public Optional<string?> HonorificPrefix { get; set; }

    public Optional<string?> HonorificSuffix { get; set; }

    public Optional<string?> EmployeeNumber { get; set; }

    public Optional<string?> CostCenter { get; set; }

    public Optional<string?> Organization { get; set; }

    public Optional<string?> Division { get; set; }

    public Optional<string?> Department { get; set; }

    public Optional<string?> ManagerId { get; set; }

    public List<ContactChange> Emails { get; } = [];

    public List<ContactChange> PhoneNumbers { get; } = [];

    /// <summary>Custom extension objects to replace (JSON object text) or remove (null), by extension name.</summary>
    public Dictionary<string, string?> CustomExtensions { get; } = new(StringComparer.Ordinal);

    /// <summary>Single attributes inside custom extension objects to set or remove, applied after whole objects.</summary>
    public List<ExtensionAttributeChange> CustomExtensionAttributes { get; } = [];

    /// <summary>Changes to the attributes kept as sent (addresses, roles, …), applied in order.</summary>
    public List<StoredAttributeEdit> Attributes { get; } = [];

    /// <summary>True when the change set does nothing but set <c>active</c> (Okta's deactivate and reactivate).</summary>
    public bool OnlyActive =>
        Active.HasValue && Emails.Count == 0 && PhoneNumbers.Count == 0 && CustomExtensions.Count == 0 && CustomExtensionAttributes.Count == 0 && Attributes.Count == 0
        && !(UserName.HasValue || ExternalId.HasValue || DisplayName.HasValue || NickName.HasValue || Title.HasValue || UserType.HasValue
             || PreferredLanguage.HasValue || Locale.HasValue || Timezone.HasValue || GivenName.HasValue || FamilyName.HasValue
             || MiddleName.HasValue || FormattedName.HasValue || HonorificPrefix.HasValue || HonorificSuffix.HasValue
             || EmployeeNumber.HasValue || CostCenter.HasValue || Organization.HasValue || Division.HasValue || Department.HasValue
             || ManagerId.HasValue);

    public UserProfile ApplyTo(UserProfile current)
    {
        var name = current.NameOrEmpty;
        var enterprise = current.EnterpriseOrEmpty;
        var emails = Emails.Aggregate(current.EmailsOrEmpty, (list, change) => change.ApplyTo(list));
        var phones = PhoneNumbers.Aggregate(current.PhoneNumbersOrEmpty, (list, change) => change.ApplyTo(list));
        return current with
        {
            UserName = UserName.Or(current.UserName) ?? string.Empty,
            ExternalId = ExternalId.Or(current.ExternalId),
            DisplayName = DisplayName.Or(current.DisplayName),
            NickName = NickName.Or(current.NickName),
            Title = Title.Or(current.Title),
            UserType = UserType.Or(current.UserType),
            PreferredLanguage = PreferredLanguage.Or(current.PreferredLanguage),
            Locale = Locale.Or(current.Locale),
            Timezone = Timezone.Or(current.Timezone),
            Active = Active.Or(current.Active),
            Name = name with
            {
                GivenName = GivenName.Or(name.GivenName),
                FamilyName = FamilyName.Or(name.FamilyName),
                MiddleName = MiddleName.Or(name.MiddleName),
                Formatted = FormattedName.Or(name.Formatted),
                HonorificPrefix = HonorificPrefix.Or(name.HonorificPrefix),
                HonorificSuffix = HonorificSuffix.Or(name.HonorificSuffix),
            },
            Enterprise = enterprise with
            {
                EmployeeNumber = EmployeeNumber.Or(enterprise.EmployeeNumber),
                CostCenter = CostCenter.Or(enterprise.CostCenter),
                Organization = Organization.Or(enterprise.Organization),
                Division = Division.Or(enterprise.Division),
                Department = Department.Or(enterprise.Department),
                ManagerId = ManagerId.Or(enterprise.ManagerId),
            },
            Emails = emails,
            PhoneNumbers = phones,
            CustomExtensions = ExtensionObjects.SetAttributes(
                CustomExtensions.Count == 0 ? current.CustomExtensions : ExtensionObjects.Merge(current.CustomExtensions, CustomExtensions),
                CustomExtensionAttributes),
            Attributes = StoredAttributes.Apply(current.Attributes, Attributes),
        };
    }
}
