namespace Platform.Application.Common.Security;

public enum PasswordCheck
{
    Failed,
    Success,
    SuccessRehashNeeded,
}
