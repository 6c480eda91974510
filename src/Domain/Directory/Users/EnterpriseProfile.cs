namespace Platform.Domain.Directory.Users;

/// <summary>The enterprise extension's attributes.</summary>
public sealed record EnterpriseProfile(
    string? EmployeeNumber = null,
    string? CostCenter = null,
    string? Organization = null,
    string? Division = null,
    string? Department = null,
    string? ManagerId = null)
{
    public static readonly EnterpriseProfile Empty = new();
}
