using Mediator;
using Microsoft.AspNetCore.Mvc;
using Platform.Api.Common;
using Platform.Api.Console;
using Platform.Application.Common.Results;
using Platform.Application.Integrations;
using Platform.Domain.Integrations;

namespace Platform.Api.Integrations.Console;

/// <summary>Reset API Token (admins only): GET asks for confirmation; POST issues the new token and shows it once.</summary>
public sealed class OktaResetModel(ISender sender, PublicUrls urls, TimeProvider clock) : ConsolePageModel
{
    public IntegrationView? Current { get; private set; }

    /// <summary>Set after the reset: the page then shows the new token instead of the question.</summary>
    public OktaPanel? Panel { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var current = await sender.Send(new GetIntegrationQuery(Account.CompanyId, IntegrationKind.Okta), ct);
        if (!current.IsSuccess)
        {
            return current.Error.Type == ErrorType.NotFound ? RedirectToPage("Index") : Failure(current.Error);
        }

        Current = current.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var reset = await sender.Send(new ResetIntegrationTokenCommand(Account.CompanyId, IntegrationKind.Okta, Account.Actor), ct);
        if (!reset.IsSuccess) return Failure(reset.Error);

        var panel = await OktaPanel.LoadAsync(sender, Account, urls, clock, reset.Value.Token, ct);
        if (!panel.IsSuccess) return Failure(panel.Error);
        Panel = panel.Value;
        return Page();
    }
}
