namespace Platform.Application.Integrations;

public interface IScimTokenVerifier
{
    /// <summary>Hashes a presented token; a presented token is hashed even when there is nothing to compare it to.</summary>
    byte[] Hash(string presentedToken);

    /// <summary>Constant-time comparison of two hashes.</summary>
    bool Matches(byte[] presentedHash, byte[] storedHash);
}
