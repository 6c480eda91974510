using Microsoft.AspNetCore.Identity;
using Platform.Application.Common.Security;

namespace Platform.Infrastructure.Tenancy;

/// <summary>ASP.NET Core Identity's hasher (PBKDF2 with a per-password salt); passwords are never stored in clear.</summary>
internal sealed class PasswordHasherAdapter : Application.Common.Security.IPasswordHasher
{
    private static readonly PasswordHasher<object> Hasher = new();
    private static readonly object Subject = new();

    public string Hash(string password) => Hasher.HashPassword(Subject, password);

    public PasswordCheck Verify(string hashedPassword, string providedPassword) =>
        Hasher.VerifyHashedPassword(Subject, hashedPassword, providedPassword) switch
        {
            PasswordVerificationResult.Success => PasswordCheck.Success,
            PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.SuccessRehashNeeded,
            _ => PasswordCheck.Failed,
        };
}
