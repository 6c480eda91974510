using System.Security.Cryptography;
using Platform.Application.Common.Security;

namespace Platform.Infrastructure.Tenancy;

/// <summary>One-time passwords: 20 characters from an alphabet without look-alikes (about 116 bits).</summary>
internal sealed class PasswordGenerator : IPasswordGenerator
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public string NewPassword() => RandomNumberGenerator.GetString(Alphabet, 20);
}
