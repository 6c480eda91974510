using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Platform.Application.Integrations;
using Platform.Domain.Integrations;

namespace Platform.Infrastructure.Integrations;

/// <summary>
/// SCIM tokens: a fixed prefix (so secret scanners can recognise a leaked one) and 256 bits from the OS CSPRNG,
/// base64url-encoded. Only a SHA-256 hash is stored: the token has full entropy, so a slow hash adds nothing, and a
/// fast one keeps authentication off the hot path's budget. See docs/adr/0005-scim-token-design.md.
/// </summary>
internal sealed class ScimTokenIssuer(IScimTokenVerifier verifier) : IScimTokenIssuer
{
    public const string TokenPrefix = "plat_scim_";
    private const int TokenBytes = 32;

    public IssuedScimToken Issue()
    {
        var token = TokenPrefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(TokenBytes));
        return new IssuedScimToken(token, new ScimTokenDigest(verifier.Hash(token), Hint(token)));
    }

    /// <summary>The prefix and the last four characters: enough to tell tokens apart, useless to an attacker.</summary>
    internal static string Hint(string token) => $"{TokenPrefix}••••{token[^4..]}";
}
