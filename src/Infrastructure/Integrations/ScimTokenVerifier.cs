using System.Security.Cryptography;
using Platform.Application.Integrations;

namespace Platform.Infrastructure.Integrations;

internal sealed class ScimTokenVerifier : IScimTokenVerifier
{
    public byte[] Hash(string presentedToken) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(presentedToken));

    public bool Matches(byte[] presentedHash, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(presentedHash, storedHash);
}
