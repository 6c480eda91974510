using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

/// <summary>
/// Applies a person's deactivation or deletion to the console accounts that follow them, keeping the company's last
/// active admin: an admin is suspended only while another active admin remains.
/// </summary>
public static class DirectoryHolds
{
    /// <param name="locked">The followers and the company's active admins, from <see cref="IAccountLocks"/>.</param>
    public static void Hold(IReadOnlyList<Account> locked, Guid personId, IReadOnlyCollection<string> normalizedSignInNames, string personName, bool personDeleted, Actor actor, DateTimeOffset now)
    {
        foreach (var account in locked.Where(a => a.Follows(personId, normalizedSignInNames)).OrderBy(a => a.Id.Value))
        {
            var lastActiveAdmin = account.IsActiveAdmin && !locked.Any(other => other.Id != account.Id && other.IsActiveAdmin);
            account.HoldForDirectory(personId, personName, personDeleted, lastActiveAdmin, actor, now);
        }
    }
}
