namespace Platform.Domain.Tenancy;

public enum AccountRole
{
    Member = 0,
    Admin = 1,
}
