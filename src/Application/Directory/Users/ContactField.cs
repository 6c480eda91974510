namespace Platform.Application.Directory.Users;

public enum ContactField
{
    Value,
    Type,
    Primary,
    Display,
}
