using Mediator;
using Microsoft.AspNetCore.Mvc;
using Platform.Api.Common;
using Platform.Api.Console;
using Platform.Application.Common.Results;
using Platform.Application.Integrations;
using Platform.Domain.Integrations;

namespace Platform.Api.Integrations.Console;

/// <summary>
/// The Okta page (admins only). GET shows the masked token; POST adds the integration and answers with the token in
/// the page itself: never in a redirect, a URL or a cookie, so it exists nowhere but in this one response.
/// </summary>
public sealed class OktaModel(ISender sender, PublicUrls urls, TimeProvider clock) : ConsolePageModel
{
    public OktaPanel? Panel { get; private set; }

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var panel = await OktaPanel.LoadAsync(sender, Account, urls, clock, issuedToken: null, ct);
        if (!panel.IsSuccess)
        {
            return panel.Error.Type == ErrorType.NotFound ? RedirectToPage("Index") : Failure(panel.Error);
        }

        Panel = panel.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var added = await sender.Send(new AddIntegrationCommand(Account.CompanyId, IntegrationKind.Okta, Account.Actor), ct);
        if (!added.IsSuccess && added.Error.Type != ErrorType.Conflict) return Failure(added.Error);

        var panel = await OktaPanel.LoadAsync(sender, Account, urls, clock, added.IsSuccess ? added.Value.Token : null, ct);
        if (!panel.IsSuccess) return Failure(panel.Error);

        // Added twice (a second click, a reload): the first answer had the token; this one cannot.
        Notice = added.IsSuccess ? null : "Okta was already added. Its token was shown when it was added; if nobody has it, reset it.";
        Panel = panel.Value;
        return Page();
    }
}
