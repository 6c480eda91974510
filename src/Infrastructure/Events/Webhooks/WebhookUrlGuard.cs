using System.Net;
using System.Net.Sockets;
using Platform.Application.Events.Webhooks;

namespace Platform.Infrastructure.Events.Webhooks;

/// <summary>
/// The registration half of the SSRF guard: the URL's form, and every address its host resolves to now. The sender
/// checks the address it actually connects to again (<see cref="WebhookSender"/>), so a name that later resolves to a
/// private address (DNS rebinding) is refused then.
/// </summary>
internal sealed class WebhookUrlGuard(WebhookAddressPolicy policy) : IWebhookUrlGuard
{
    private static readonly TimeSpan ResolveTimeout = TimeSpan.FromSeconds(5);

    public async Task<string?> RefusalAsync(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return "The URL must be an absolute http:// or https:// URL.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo)) return "The URL must not contain a user name or password.";

        IPAddress[] addresses;
        if (IPAddress.TryParse(uri.IdnHost, out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(ResolveTimeout);
                addresses = await Dns.GetHostAddressesAsync(uri.IdnHost, timeout.Token);
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException && !ct.IsCancellationRequested)
            {
                return $"The host name {uri.Host} does not resolve.";
            }
        }

        var refused = addresses.FirstOrDefault(a => !policy.IsAllowed(a));
        if (addresses.Length == 0) return $"The host name {uri.Host} does not resolve.";
        return refused is null ? null : $"The URL's host resolves to {refused}, a loopback, link-local or private address. {WebhookAddressPolicy.SettingHint}";
    }
}
