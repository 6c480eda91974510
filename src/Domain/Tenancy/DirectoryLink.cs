namespace Platform.Domain.Tenancy;

/// <summary>How a console account follows a person in the company's directory.</summary>
public enum DirectoryLink
{
    /// <summary>The default: the person whose userName or one of whose emails is the account's email, case-insensitively.</summary>
    ByEmail,

    /// <summary>The one person an admin chose (<see cref="Account.LinkedPersonId"/>), whatever the emails say.</summary>
    ToPerson,

    /// <summary>An admin unlinked the account: no person's deactivation touches it.</summary>
    None,
}
