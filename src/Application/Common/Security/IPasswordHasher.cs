namespace Platform.Application.Common.Security;

public interface IPasswordHasher
{
    string Hash(string password);

    PasswordCheck Verify(string hashedPassword, string providedPassword);
}
