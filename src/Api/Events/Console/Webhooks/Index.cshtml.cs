using Mediator;
using Microsoft.AspNetCore.Mvc;
using Platform.Api.Console;
using Platform.Api.Console.Shared;
using Platform.Application.Events.Webhooks;

namespace Platform.Api.Events.Console.Webhooks;

/// <summary>Company Settings → Webhooks (admins only): the endpoints and their status, and a form to add one (its secret shown once).</summary>
public sealed class IndexModel(ISender sender, TimeProvider clock) : ConsolePageModel
{
    public IReadOnlyList<WebhookEndpointView> Endpoints { get; private set; } = [];

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    [BindProperty]
    public string? EndpointUrl { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public List<string> EventTypes { get; set; } = [];

    /// <summary>Set right after an endpoint was added: the only time its secret is shown.</summary>
    public CopyField? NewSecret { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var created = await sender.Send(new CreateWebhookEndpointCommand(Account.CompanyId, EndpointUrl ?? string.Empty, Description, EventTypes, Account.Actor), ct);
        if (created.IsSuccess)
        {
            NewSecret = new CopyField("new-webhook-secret", $"Signing secret of {created.Value.Endpoint.Url}", created.Value.Secret,
                "Copy it now into the receiving service: it is shown only this once. The service checks each request's webhook-signature with it (docs/events.md).");
            EndpointUrl = Description = null;
            EventTypes = [];
        }
        else
        {
            Error = created.Error.Message;
        }

        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var endpoints = await sender.Send(new ListWebhookEndpointsQuery(Account.CompanyId), ct);
        if (!endpoints.IsSuccess) return Failure(endpoints.Error);
        Endpoints = endpoints.Value;
        return Page();
    }
}
