namespace Platform.Domain.Tenancy;

/// <summary>What the directory did to a console account's access.</summary>
public enum DirectoryHold
{
    None,

    /// <summary>The linked person was deactivated or deleted: the sessions ended and sign-in is refused.</summary>
    Suspended,

    /// <summary>The linked person was deactivated or deleted, but the account is the company's last active admin: access kept.</summary>
    KeptAsLastAdmin,
}
