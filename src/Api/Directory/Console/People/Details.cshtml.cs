using Mediator;
using Microsoft.AspNetCore.Mvc;
using Platform.Api.Console;
using Platform.Application.Directory.Users;

namespace Platform.Api.Directory.Console.People;

/// <summary>One person's attributes as the identity provider last sent them, and their groups. Read-only.</summary>
public sealed class PersonModel(ISender sender, TimeProvider clock) : ConsolePageModel
{
    public UserView Person { get; private set; } = null!;

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public string Name => Person.Profile.DisplayName ?? FullName ?? Person.Profile.UserName;

    /// <summary>The name parts joined, or the formatted name Okta sent; null when neither is there.</summary>
    public string? FullName
    {
        get
        {
            var name = Person.Profile.NameOrEmpty;
            var parts = new[] { name.HonorificPrefix, name.GivenName, name.MiddleName, name.FamilyName, name.HonorificSuffix }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
            return name.Formatted ?? (parts.Count == 0 ? null : string.Join(' ', parts));
        }
    }

    /// <summary>The attributes shown as label and value, in this order; those not set are left out.</summary>
    public IReadOnlyList<(string Label, string Value)> Attributes
    {
        get
        {
            var profile = Person.Profile;
            var enterprise = profile.EnterpriseOrEmpty;
            (string Label, string? Value)[] all =
            [
                ("Full name", FullName),
                ("Nickname", profile.NickName),
                ("Title", profile.Title),
                ("Department", enterprise.Department),
                ("Division", enterprise.Division),
                ("Organization", enterprise.Organization),
                ("Cost center", enterprise.CostCenter),
                ("Employee number", enterprise.EmployeeNumber),
                ("Manager id", enterprise.ManagerId),
                ("User type", profile.UserType),
                ("Locale", profile.Locale),
                ("Preferred language", profile.PreferredLanguage),
                ("Time zone", profile.Timezone),
            ];
            return all.Where(a => !string.IsNullOrWhiteSpace(a.Value)).Select(a => (a.Label, a.Value!)).ToList();
        }
    }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var result = await sender.Send(new GetUserQuery(Account.CompanyId, id), ct);
        if (!result.IsSuccess) return Failure(result.Error);
        Person = result.Value;
        return Page();
    }
}
