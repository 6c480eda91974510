namespace Platform.Application.Common.Security;

public interface IPasswordGenerator
{
    /// <summary>A one-time password for a new account, shown once.</summary>
    string NewPassword();
}

public interface IPasswordHasher
{
    string Hash(string password);

    PasswordCheck Verify(string hashedPassword, string providedPassword);
}

public enum PasswordCheck
{
    Failed,
    Success,
    SuccessRehashNeeded,
}
