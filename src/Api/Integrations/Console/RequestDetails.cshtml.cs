using Mediator;
using Microsoft.AspNetCore.Mvc;
using Platform.Api.Console;
using Platform.Application.Integrations;
using Platform.Domain.Integrations;

namespace Platform.Api.Integrations.Console;

/// <summary>One SCIM request (admins only): the redacted exchange and, for a failure, what it means.</summary>
public sealed class RequestDetailsModel(ISender sender, TimeProvider clock) : ConsolePageModel
{
    public ScimRequestView? Exchange { get; private set; }

    public ScimRequestExplanation? Explanation { get; private set; }

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = await sender.Send(new GetScimRequestQuery(Account.CompanyId, new ScimRequestId(id)), ct);
        if (!result.IsSuccess) return Failure(result.Error);
        Exchange = result.Value;
        Explanation = ScimRequestExplanation.For(Exchange);
        return Page();
    }
}
