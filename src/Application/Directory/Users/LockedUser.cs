using Platform.Application.Common.Persistence;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

/// <summary>
/// Every command that changes an existing user starts here: parse the id, lock the row, then read it. Reading after
/// the lock means the version read is the latest, so racing patches of one user both succeed, in turn, instead of
/// one failing on a stale version; a racing delete leaves the other request a clean 404.
/// </summary>
internal static class LockedUser
{
    public static async Task<User?> LoadAsync(IRepository<User> users, IUserLocks locks, CompanyId companyId, string idText, CancellationToken ct) =>
        UserId.TryParse(idText, out var id) && await locks.LockAsync(companyId, id, ct)
            ? await users.FirstOrDefaultAsync(new UserByIdSpec(companyId, id), ct)
            : null;
}
