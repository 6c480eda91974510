using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

/// <summary>
/// Reads a user and locks its row for the rest of the command's transaction, in one statement, so that concurrent
/// changes to one user apply one after another, each to the latest version.
/// </summary>
public interface IUserLocks
{
    /// <returns>The user, tracked for changes; null when there is no such user.</returns>
    Task<User?> LoadLockedAsync(CompanyId companyId, UserId userId, CancellationToken ct);
}
