using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Platform.Infrastructure.Events.Webhooks;

/// <summary>
/// Which addresses webhooks may connect to: public ones only, unless the operator allows private networks or some
/// of them (<see cref="WebhookSettings.AllowedNetworks"/>). IPv4-mapped IPv6 addresses are judged as IPv4.
/// </summary>
public sealed class WebhookAddressPolicy(IOptions<WebhookSettings> options)
{
    private static readonly IPNetwork[] NonPublic =
    [
        IPNetwork.Parse("0.0.0.0/8"),         // "this network", 0.0.0.0
        IPNetwork.Parse("10.0.0.0/8"),        // RFC 1918
        IPNetwork.Parse("100.64.0.0/10"),     // CGNAT
        IPNetwork.Parse("127.0.0.0/8"),       // loopback
        IPNetwork.Parse("169.254.0.0/16"),    // link-local, cloud metadata (169.254.169.254)
        IPNetwork.Parse("172.16.0.0/12"),     // RFC 1918
        IPNetwork.Parse("192.0.0.0/24"),      // IETF protocol assignments
        IPNetwork.Parse("192.168.0.0/16"),    // RFC 1918
        IPNetwork.Parse("198.18.0.0/15"),     // benchmarking
        IPNetwork.Parse("224.0.0.0/4"),       // multicast
        IPNetwork.Parse("240.0.0.0/4"),       // reserved, broadcast
        IPNetwork.Parse("::/128"),            // unspecified
        IPNetwork.Parse("::1/128"),           // loopback
        IPNetwork.Parse("64:ff9b::/96"),      // NAT64 (may reach any IPv4 address, private ones included)
        IPNetwork.Parse("fc00::/7"),          // unique local
        IPNetwork.Parse("fe80::/10"),         // link-local
        IPNetwork.Parse("ff00::/8"),          // multicast
    ];

    private readonly bool _allowPrivate = options.Value.AllowPrivateNetworks;
    private readonly IPNetwork[] _allowed = [.. (options.Value.AllowedNetworks ?? []).Select(text => IPNetwork.Parse(text.Trim()))];

    public bool IsAllowed(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (_allowPrivate || _allowed.Any(n => n.Contains(address))) return true;
        if (address.AddressFamily is not (AddressFamily.InterNetwork or AddressFamily.InterNetworkV6)) return false;
        return !NonPublic.Any(n => n.BaseAddress.AddressFamily == address.AddressFamily && n.Contains(address));
    }

    /// <summary>The operator's switch, named in refusals.</summary>
    public static string SettingHint =>
        $"Webhooks go to public addresses only; an operator can allow private networks with {WebhookSettings.SectionName}:{nameof(WebhookSettings.AllowPrivateNetworks)}=true "
        + $"or some of them with {WebhookSettings.SectionName}:{nameof(WebhookSettings.AllowedNetworks)}.";
}
