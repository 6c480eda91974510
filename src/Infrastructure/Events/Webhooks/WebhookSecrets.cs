using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Platform.Application.Events.Webhooks;

namespace Platform.Infrastructure.Events.Webhooks;

/// <summary>
/// Signing secrets in the Standard Webhooks form, <c>whsec_</c> and the base64 of 32 random bytes. The server must
/// be able to sign with them, so they are stored encrypted (ASP.NET Core Data Protection, whose keys every replica
/// reads from the database) rather than hashed.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider protection) : IWebhookSecrets
{
    public const string Prefix = "whsec_";
    private const int SecretBytes = 32;

    private readonly IDataProtector _protector = protection.CreateProtector("Platform.Webhooks.SigningSecret.v1");

    public IssuedWebhookSecret Issue()
    {
        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(SecretBytes));
        return new IssuedWebhookSecret(secret, _protector.Protect(secret));
    }

    /// <summary>The HMAC key: the decoded bytes of the stored secret.</summary>
    public byte[] SigningKey(string protectedSecret) => KeyOf(_protector.Unprotect(protectedSecret));

    public static byte[] KeyOf(string secret) => Convert.FromBase64String(secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret);
}
