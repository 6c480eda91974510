namespace Platform.Application.Common.Security;

public interface IPasswordGenerator
{
    /// <summary>A one-time password for a new account, shown once.</summary>
    string NewPassword();
}
