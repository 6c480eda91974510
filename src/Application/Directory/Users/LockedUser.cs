using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

/// <summary>
/// Every command that changes an existing user starts here: parse the id, then read the row and lock it in one
/// statement. The version read under the lock is the latest, so racing patches of one user both succeed, in turn,
/// instead of one failing on a stale version; a racing delete leaves the other request a clean 404.
/// </summary>
internal static class LockedUser
{
    public static async Task<User?> LoadAsync(IUserLocks locks, CompanyId companyId, string idText, CancellationToken ct) =>
        UserId.TryParse(idText, out var id) ? await locks.LoadLockedAsync(companyId, id, ct) : null;
}
