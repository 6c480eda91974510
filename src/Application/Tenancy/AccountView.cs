using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

/// <summary>A console account as an admin sees it beside a person: who, which role, how it follows the directory.</summary>
public sealed record AccountView(Guid Id, string Email, AccountRole Role, DirectoryLink DirectoryLink, Guid? LinkedPersonId, DirectoryHold DirectoryHold);
