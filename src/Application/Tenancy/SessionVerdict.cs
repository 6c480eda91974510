using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

/// <summary>Whether a session cookie is still good, and what the directory did to its account (for the sign-in page's reason and the console's warning).</summary>
public sealed record SessionVerdict(bool IsValid, DirectoryHold DirectoryHold)
{
    public static readonly SessionVerdict Ended = new(false, DirectoryHold.None);
}
