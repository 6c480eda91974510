using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

/// <summary>Locks a user's row for the rest of the command's transaction, so that concurrent changes to one user apply one after another.</summary>
public interface IUserLocks
{
    /// <returns>False when there is no such user.</returns>
    Task<bool> LockAsync(CompanyId companyId, UserId userId, CancellationToken ct);
}
