using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Platform.Application.Events;
using Platform.Domain.Events;

namespace Platform.Infrastructure.Events;

/// <summary>
/// API keys as SCIM tokens are made (docs/adr/0005-scim-token-design.md): a fixed prefix that secret scanners can
/// recognise, 256 bits from the OS CSPRNG, base64url; only a SHA-256 hash is stored (full entropy: a slow hash adds nothing).
/// </summary>
internal sealed class ApiKeyIssuer : IApiKeyIssuer
{
    public const string KeyPrefix = "plat_events_";
    private const int KeyBytes = 32;

    public IssuedApiKeySecret Issue()
    {
        var key = KeyPrefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(KeyBytes));
        return new IssuedApiKeySecret(key, new ApiKeyDigest(Hash(key), $"{KeyPrefix}••••{key[^4..]}"));
    }

    public byte[] Hash(string presentedKey) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(presentedKey));
}
