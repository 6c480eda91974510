using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

/// <summary>
/// Reads, in one statement, the accounts that follow a person together with the company's active admins, and locks
/// them for the rest of the command's transaction (in id order, so two such statements never deadlock). Under the lock
/// the last-admin rule reads the latest state: two admins deactivated at once on two replicas cannot both be suspended.
/// </summary>
public interface IAccountLocks
{
    /// <returns>The accounts, tracked for changes.</returns>
    Task<IReadOnlyList<Account>> LoadFollowersAndActiveAdminsAsync(CompanyId companyId, Guid personId, IReadOnlyCollection<string> normalizedSignInNames, CancellationToken ct);
}
