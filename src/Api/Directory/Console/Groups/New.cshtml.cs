using Mediator;
using Microsoft.AspNetCore.Mvc;
using Platform.Api.Common;
using Platform.Api.Console;
using Platform.Application.Common.Results;
using Platform.Application.Directory.Groups;
using Platform.Domain.Directory.Groups;

namespace Platform.Api.Directory.Console.Groups;

/// <summary>
/// Create a group (admins only): a platform group with a name and no members, for Okta's Push Groups to link to by
/// name. A refused name (taken, empty, too long) is answered on this page with the reason, not with an error page.
/// </summary>
public sealed class NewGroupModel(ISender sender) : ConsolePageModel
{
    [BindProperty(Name = "name")]
    public string? Name { get; set; }

    public NewGroupForm Form { get; private set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var name = Name?.Trim() ?? string.Empty;
        var created = await sender.Send(new PushGroupCommand(Account.CompanyId, new GroupProfile(name), [], Account.Actor), ct);
        if (created.IsSuccess) return RedirectToPage("/Directory/Console/Groups/Details", new { id = created.Value, created = 1 });

        var error = created.Error;
        if (error.Type == ErrorType.Validation)
        {
            Form = new NewGroupForm(name, string.IsNullOrWhiteSpace(name) ? "Enter a name for the group." : $"The name is too long: at most {Group.DisplayNameMaxLength} characters.");
        }
        else if (error.Type == ErrorType.Conflict)
        {
            var taken = await sender.Send(new ListGroupsQuery(Account.CompanyId, new GroupFilter([new GroupCondition(GroupFilterField.DisplayName, name)]), 0, 1, IncludeMembers: false), ct);
            var existing = taken.IsSuccess && taken.Value.Groups.Count > 0 ? taken.Value.Groups[0] : null;
            Form = new NewGroupForm(name, $"A group named “{existing?.Profile.DisplayName ?? name}” already exists (names are unique regardless of case). Open it, or choose another name.", existing);
        }
        else
        {
            return Failure(error);
        }

        Response.StatusCode = ResultHttp.StatusCodeOf(error);
        return Page();
    }
}
