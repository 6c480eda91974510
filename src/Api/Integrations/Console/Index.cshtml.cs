using Mediator;
using Microsoft.AspNetCore.Mvc;
using Platform.Api.Console;
using Platform.Application.Integrations;
using Platform.Domain.Integrations;

namespace Platform.Api.Integrations.Console;

/// <summary>Company Settings → Integrations: what is connected, and (for admins) what can be added.</summary>
public sealed class IndexModel(ISender sender, TimeProvider clock) : ConsolePageModel
{
    public IReadOnlyList<IntegrationView> Connected { get; private set; } = [];

    public bool CanManage => Account.IsAdmin;

    public bool HasOkta => Connected.Any(i => i.Kind == IntegrationKind.Okta);

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await sender.Send(new ListIntegrationsQuery(Account.CompanyId), ct);
        if (!result.IsSuccess) return Failure(result.Error);
        Connected = result.Value;
        return Page();
    }
}
