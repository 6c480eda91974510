using Mediator;
using Microsoft.AspNetCore.Mvc;
using Platform.Api.Console;
using Platform.Api.Console.Shared;
using Platform.Application.Events;

namespace Platform.Api.Events.Console;

/// <summary>Company Settings → API keys (admins only): the keys, a form to create one (shown once), a revoke button per key.</summary>
public sealed class ApiKeysModel(ISender sender, TimeProvider clock) : ConsolePageModel
{
    public IReadOnlyList<ApiKeyView> Keys { get; private set; } = [];

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    [BindProperty]
    public string? Name { get; set; }

    /// <summary>Set right after a key was created: the only time it is shown.</summary>
    public CopyField? NewKey { get; private set; }

    public string? Message { get; private set; }

    public string? NameError { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var created = await sender.Send(new CreateApiKeyCommand(Account.CompanyId, Name ?? string.Empty, Account.Actor), ct);
        if (created.IsSuccess)
        {
            NewKey = new CopyField("new-api-key", $"API key “{created.Value.ApiKey.Name}”", created.Value.Key,
                "Copy it now into the service's settings: it is shown only this once. It reads this company's events and nothing else.");
            Name = null;
        }
        else
        {
            NameError = created.Error.Message;
        }

        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostRevokeAsync(string id, CancellationToken ct)
    {
        var revoked = await sender.Send(new RevokeApiKeyCommand(Account.CompanyId, id, Account.Actor), ct);
        if (!revoked.IsSuccess) return Failure(revoked.Error);
        Message = $"The API key “{revoked.Value.Name}” was revoked; it no longer works.";
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var keys = await sender.Send(new ListApiKeysQuery(Account.CompanyId), ct);
        if (!keys.IsSuccess) return Failure(keys.Error);
        Keys = keys.Value;
        return Page();
    }
}
