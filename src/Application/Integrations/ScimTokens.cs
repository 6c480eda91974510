using Platform.Domain.Integrations;

namespace Platform.Application.Integrations;

/// <summary>A SCIM token in clear, which exists only in the response that issued it, and what is stored of it.</summary>
public sealed record IssuedScimToken(string Token, ScimTokenDigest Digest);

public interface IScimTokenIssuer
{
    IssuedScimToken Issue();
}

public interface IScimTokenVerifier
{
    /// <summary>Hashes a presented token; a presented token is hashed even when there is nothing to compare it to.</summary>
    byte[] Hash(string presentedToken);

    /// <summary>Constant-time comparison of two hashes.</summary>
    bool Matches(byte[] presentedHash, byte[] storedHash);
}
