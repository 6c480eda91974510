namespace Platform.Application.Events.Webhooks;

/// <summary>The SSRF guard at registration: which URLs may receive a company's events (docs/events.md, "Webhooks").</summary>
public interface IWebhookUrlGuard
{
    /// <summary>
    /// Null when the URL may be registered: absolute http(s), no user info, and a host whose every address is public
    /// (unless the operator allows private networks). Otherwise why not, for the admin. Resolves the host name.
    /// </summary>
    Task<string?> RefusalAsync(string url, CancellationToken ct);
}
