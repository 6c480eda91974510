using Microsoft.EntityFrameworkCore;
using Platform.Application.Tenancy;
using Platform.Domain.Tenancy;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Tenancy;

internal sealed class AccountLocks(PlatformDbContext db) : IAccountLocks
{
    public async Task<IReadOnlyList<Account>> LoadFollowersAndActiveAdminsAsync(
        CompanyId companyId, Guid personId, IReadOnlyCollection<string> normalizedSignInNames, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            var names = normalizedSignInNames.ToArray();
            return await db.Accounts
                .FromSql($"""
                    SELECT * FROM accounts
                    WHERE company_id = {companyId.Value}
                      AND ((directory_link = 'ToPerson' AND linked_person_id = {personId})
                        OR (directory_link = 'ByEmail' AND normalized_email = ANY({names}))
                        OR (role = 'Admin' AND directory_hold <> 'Suspended'))
                    ORDER BY id
                    FOR UPDATE
                    """)
                .ToListAsync(ct);
        }

        // SQLite has one writer at a time: the command's transaction (BEGIN IMMEDIATE) already holds it.
        return await db.Accounts
            .Where(a => a.CompanyId == companyId
                && ((a.DirectoryLink == DirectoryLink.ToPerson && a.LinkedPersonId == personId)
                    || (a.DirectoryLink == DirectoryLink.ByEmail && normalizedSignInNames.Contains(a.NormalizedEmail))
                    || (a.Role == AccountRole.Admin && a.DirectoryHold != DirectoryHold.Suspended)))
            .OrderBy(a => a.Id)
            .ToListAsync(ct);
    }
}
