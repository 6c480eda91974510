using Mediator;
using Microsoft.AspNetCore.Mvc;
using Platform.Api.Console;
using Platform.Application.Directory.Users;
using Platform.Application.Tenancy;
using Platform.Domain.Tenancy;

namespace Platform.Api.Directory.Console.People;

/// <summary>
/// One person's attributes as the identity provider last sent them, their groups, and the console accounts that follow
/// them (admins link or unlink an account here; the directory itself is read-only).
/// </summary>
public sealed class PersonModel(ISender sender, TimeProvider clock) : ConsolePageModel
{
    public UserView Person { get; private set; } = null!;

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public PersonConsoleAccess ConsoleAccess { get; private set; } = new([], []);

    public bool IsAdmin => Account.IsAdmin;

    public static string DescribeLink(AccountView account) => account.DirectoryLink switch
    {
        DirectoryLink.ToPerson => "linked by an admin",
        _ => "linked by email",
    };

    public static string DescribeAccess(AccountView account) => account.DirectoryHold switch
    {
        DirectoryHold.Suspended => "Suspended: signed out, and sign-in refused until the person is reactivated",
        DirectoryHold.KeptAsLastAdmin => "Kept: the last active admin keeps access although the person was deactivated",
        _ => "Active",
    };

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
        var access = await sender.Send(new GetPersonConsoleAccessQuery(Account.CompanyId, id), ct);
        if (!access.IsSuccess) return Failure(access.Error);
        ConsoleAccess = access.Value;
        return Page();
    }

    /// <summary>Links a console account to this person (admins only); its access follows the person from now on.</summary>
    public async Task<IActionResult> OnPostLinkAsync(string id, Guid accountId, CancellationToken ct)
    {
        if (!Account.IsAdmin) return StatusCode(StatusCodes.Status403Forbidden);
        var linked = await sender.Send(new LinkConsoleAccountCommand(Account.CompanyId, id, accountId, Account.Actor), ct);
        return linked.IsSuccess ? RedirectToPage(new { id }) : Failure(linked.Error);
    }

    /// <summary>Unlinks a console account from the directory (admins only): no person's status changes its access.</summary>
    public async Task<IActionResult> OnPostUnlinkAsync(string id, Guid accountId, CancellationToken ct)
    {
        if (!Account.IsAdmin) return StatusCode(StatusCodes.Status403Forbidden);
        var unlinked = await sender.Send(new UnlinkAccountCommand(Account.CompanyId, accountId, Account.Actor), ct);
        return unlinked.IsSuccess ? RedirectToPage(new { id }) : Failure(unlinked.Error);
    }
}
