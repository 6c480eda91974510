using Mediator;
using Microsoft.AspNetCore.Mvc;
using Platform.Api.Console;
using Platform.Application.Events.Webhooks;
using Platform.Domain.Events.Webhooks;

namespace Platform.Api.Events.Console.Webhooks;

/// <summary>One webhook endpoint (admins only): its status, the newest attempts with a Resend button each, enable/disable, delete.</summary>
public sealed class DetailsModel(ISender sender, TimeProvider clock) : ConsolePageModel
{
    public WebhookEndpointDetails? Details { get; private set; }

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public string? Message { get; private set; }

    public static string OutcomeText(WebhookAttemptView attempt) => attempt.Outcome switch
    {
        WebhookAttemptOutcome.Delivered => "Delivered",
        WebhookAttemptOutcome.WillRetry => "Failed, will retry",
        WebhookAttemptOutcome.GaveUp => "Gave up",
        _ => "Resend failed",
    };

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostEnableAsync(string id, CancellationToken ct) => await SetEnabledAsync(id, true, ct);

    public async Task<IActionResult> OnPostDisableAsync(string id, CancellationToken ct) => await SetEnabledAsync(id, false, ct);

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken ct)
    {
        var deleted = await sender.Send(new DeleteWebhookEndpointCommand(Account.CompanyId, id, Account.Actor), ct);
        return deleted.IsSuccess ? RedirectToPage("Index") : Failure(deleted.Error);
    }

    public async Task<IActionResult> OnPostResendAsync(string id, string attemptId, CancellationToken ct)
    {
        var resent = await sender.Send(new ResendWebhookEventCommand(Account.CompanyId, id, attemptId, Account.Actor), ct);
        if (!resent.IsSuccess) return Failure(resent.Error);
        Message = resent.Value switch
        {
            { Restarted: true } => "Restarted: the event is being sent again, and the events after it follow in order.",
            { Attempt.Outcome: WebhookAttemptOutcome.Delivered } => "Sent again; the receiver accepted it.",
            { Attempt: { } attempt } => $"Sent again; the receiver did not accept it. {attempt.Error}",
            _ => null,
        };
        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult> SetEnabledAsync(string id, bool enabled, CancellationToken ct)
    {
        var changed = await sender.Send(new SetWebhookEndpointEnabledCommand(Account.CompanyId, id, enabled, Account.Actor), ct);
        if (!changed.IsSuccess) return Failure(changed.Error);
        Message = enabled ? "Enabled: events that happened meanwhile are delivered now, in order." : "Disabled: nothing is sent until you enable it again.";
        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(string id, CancellationToken ct)
    {
        var details = await sender.Send(new GetWebhookEndpointQuery(Account.CompanyId, id), ct);
        if (!details.IsSuccess) return Failure(details.Error);
        Details = details.Value;
        return Page();
    }
}
