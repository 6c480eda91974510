using Microsoft.EntityFrameworkCore;
using Platform.Application.Directory.Users;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Directory.Users;

internal sealed class UserLocks(PlatformDbContext db) : IUserLocks
{
    public async Task<User?> LoadLockedAsync(CompanyId companyId, UserId userId, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            var locked = await db.Users
                .FromSql($"SELECT * FROM users WHERE company_id = {companyId.Value} AND id = {userId.Value} FOR UPDATE")
                .ToListAsync(ct);
            return locked.Count > 0 ? locked[0] : null;
        }

        // SQLite has one writer at a time: the command's transaction (BEGIN IMMEDIATE) already holds it.
        return await db.Users.FirstOrDefaultAsync(u => u.CompanyId == companyId && u.Id == userId, ct);
    }
}
