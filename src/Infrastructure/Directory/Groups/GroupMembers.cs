using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Application.Common.Persistence;
using Platform.Application.Directory.Groups;
using Platform.Application.Directory.Users;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Directory.Groups;

internal sealed class GroupMembers(PlatformDbContext db, IUnitOfWork unitOfWork) : IGroupMembers
{
    public async Task<Group?> TouchAsync(CompanyId companyId, GroupId groupId, DateTimeOffset now, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            // One statement: the update takes the row lock and returns the row as it now is.
            var touched = await db.Groups
                .FromSql($"UPDATE groups SET version = version + 1, last_modified_at = {now} WHERE company_id = {companyId.Value} AND id = {groupId.Value} RETURNING *")
                .AsTracking()
                .ToListAsync(ct);
            return touched.Count > 0 ? touched[0] : null;
        }

        var updated = await db.Groups
            .Where(g => g.CompanyId == companyId && g.Id == groupId)
            .ExecuteUpdateAsync(set => set.SetProperty(g => g.Version, g => g.Version + 1).SetProperty(g => g.LastModifiedAt, now), ct);
        return updated == 0 ? null : await db.Groups.AsTracking().FirstOrDefaultAsync(g => g.CompanyId == companyId && g.Id == groupId, ct);
    }

    public async Task<IReadOnlyList<string>> UnknownUsersAsync(CompanyId companyId, IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var parsed = ParseAll(userIds, out var unparseable);
        var known = new HashSet<UserId>();
        foreach (var chunk in parsed.Chunk(10_000))
        {
            known.UnionWith(await db.Users.Where(u => u.CompanyId == companyId && chunk.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct));
        }

        return [.. unparseable, .. parsed.Where(id => !known.Contains(id)).Select(id => id.ToString())];
    }

    public async Task<int> AddAsync(CompanyId companyId, GroupId groupId, IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var ids = ParseAll(userIds, out _);
        if (ids.Count == 0) return 0;

        if (db.Database.IsNpgsql())
        {
            // One statement whatever the count; members already there are skipped by the key, and only users that still
            // exist are inserted. A user deleted by a racing request after that check fails the foreign key: a
            // concurrent change, answered as 409, never a fault. The company comes from the user's row, not the
            // parameter, so that Citus runs the whole statement on the company's shard rather than pulling the
            // users to the coordinator and inserting from there.
            try
            {
                return await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO group_members (company_id, group_id, user_id) SELECT u.company_id, @group, u.id FROM users AS u WHERE u.company_id = @company AND u.id = ANY(@users) ON CONFLICT DO NOTHING",
                    [new NpgsqlParameter("company", companyId.Value), new NpgsqlParameter("group", groupId.Value), new NpgsqlParameter("users", ids.Select(id => id.Value).ToArray())],
                    ct);
            }
            catch (PostgresException ex) when (WriteConflicts.From(ex) is { } conflict)
            {
                throw conflict;
            }
        }

        // The embedded database: only the members not there yet, found among the named ones (the group's row lock
        // taken by TouchAsync, or SQLite's single writer, keeps this read valid until commit).
        var existing = new HashSet<UserId>();
        foreach (var chunk in ids.Chunk(10_000))
        {
            existing.UnionWith(await db.GroupMembers
                .Where(m => m.CompanyId == companyId && m.GroupId == groupId && chunk.Contains(m.UserId))
                .Select(m => m.UserId)
                .ToListAsync(ct));
        }

        var added = ids.Where(id => !existing.Contains(id)).Select(id => new GroupMember(companyId, groupId, id)).ToList();
        db.GroupMembers.AddRange(added);
        await unitOfWork.SaveChangesAsync(ct);
        return added.Count;
    }

    public async Task<int> RemoveAsync(CompanyId companyId, GroupId groupId, IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var removed = 0;
        foreach (var chunk in ParseAll(userIds, out _).Chunk(10_000))
        {
            removed += await db.GroupMembers
                .Where(m => m.CompanyId == companyId && m.GroupId == groupId && chunk.Contains(m.UserId))
                .ExecuteDeleteAsync(ct);
        }

        return removed;
    }

    public Task<int> RemoveAllAsync(CompanyId companyId, GroupId groupId, CancellationToken ct) =>
        db.GroupMembers.Where(m => m.CompanyId == companyId && m.GroupId == groupId).ExecuteDeleteAsync(ct);

    public Task<int> RetainOnlyAsync(CompanyId companyId, GroupId groupId, IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var keep = ParseAll(userIds, out _).ToArray();
        return db.GroupMembers
            .Where(m => m.CompanyId == companyId && m.GroupId == groupId && !keep.Contains(m.UserId))
            .ExecuteDeleteAsync(ct);
    }

    private static List<UserId> ParseAll(IReadOnlyCollection<string> userIds, out List<string> unparseable)
    {
        var parsed = new List<UserId>(userIds.Count);
        var seen = new HashSet<UserId>();
        unparseable = [];
        foreach (var text in userIds)
        {
            if (!UserId.TryParse(text, out var id)) unparseable.Add(text);
            else if (seen.Add(id)) parsed.Add(id);
        }

        return parsed;
    }
}
