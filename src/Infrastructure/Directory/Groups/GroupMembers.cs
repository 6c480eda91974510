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
    private const string TouchNamedUsersSql =
        "UPDATE users AS t SET version = t.version + 1, last_modified_at = @now "
        + "FROM (SELECT u.id FROM users AS u WHERE u.company_id = @company AND u.id = ANY(@users) ORDER BY u.id FOR UPDATE) AS locked "
        + "WHERE t.company_id = @company AND t.id = locked.id";

    private const string TouchNamedUsersAndMembersSql =
        "UPDATE users AS t SET version = t.version + 1, last_modified_at = @now "
        + "FROM (SELECT u.id FROM users AS u WHERE u.company_id = @company "
        + "AND u.id IN (SELECT m.user_id FROM group_members AS m WHERE m.company_id = @company AND m.group_id = @group UNION ALL SELECT unnest(@users)) "
        + "ORDER BY u.id FOR UPDATE) AS locked "
        + "WHERE t.company_id = @company AND t.id = locked.id";

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

    public async Task<IReadOnlyList<UserId>> AddAsync(CompanyId companyId, GroupId groupId, IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var ids = ParseAll(userIds, out _);
        if (ids.Count == 0) return [];

        if (db.Database.IsNpgsql())
        {
            // One statement whatever the count; members already there are skipped by the key, and only users that still
            // exist are inserted. A user deleted by a racing request after that check fails the foreign key: a
            // concurrent change, answered as 409, never a fault. The company comes from the user's row, not the
            // parameter, so that Citus runs the whole statement on the company's shard rather than pulling the
            // users to the coordinator and inserting from there.
            try
            {
                return await ReturningUserIdsAsync(
                    "INSERT INTO group_members (company_id, group_id, user_id) SELECT u.company_id, @group, u.id FROM users AS u WHERE u.company_id = @company AND u.id = ANY(@users) ON CONFLICT DO NOTHING RETURNING user_id AS \"Value\"",
                    companyId,
                    groupId,
                    ids,
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

        var added = ids.Where(id => !existing.Contains(id)).ToList();
        db.GroupMembers.AddRange(added.Select(id => new GroupMember(companyId, groupId, id)));
        await unitOfWork.SaveChangesAsync(ct);
        return added;
    }

    public async Task<IReadOnlyList<UserId>> RemoveAsync(CompanyId companyId, GroupId groupId, IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var ids = ParseAll(userIds, out _);
        if (ids.Count == 0) return [];
        if (db.Database.IsNpgsql())
        {
            return await ReturningUserIdsAsync(
                "DELETE FROM group_members WHERE company_id = @company AND group_id = @group AND user_id = ANY(@users) RETURNING user_id AS \"Value\"", companyId, groupId, ids, ct);
        }

        var removed = new List<UserId>();
        foreach (var chunk in ids.Chunk(10_000))
        {
            removed.AddRange(await DeleteReturningAsync(db.GroupMembers.Where(m => m.CompanyId == companyId && m.GroupId == groupId && chunk.Contains(m.UserId)), ct));
        }

        return removed;
    }

    public async Task<IReadOnlyList<UserId>> RemoveAllAsync(CompanyId companyId, GroupId groupId, CancellationToken ct) =>
        db.Database.IsNpgsql()
            ? await ReturningUserIdsAsync("DELETE FROM group_members WHERE company_id = @company AND group_id = @group RETURNING user_id AS \"Value\"", companyId, groupId, null, ct)
            : await DeleteReturningAsync(db.GroupMembers.Where(m => m.CompanyId == companyId && m.GroupId == groupId), ct);

    public async Task<IReadOnlyList<UserId>> RetainOnlyAsync(CompanyId companyId, GroupId groupId, IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var keep = ParseAll(userIds, out _);
        if (db.Database.IsNpgsql())
        {
            return await ReturningUserIdsAsync(
                "DELETE FROM group_members WHERE company_id = @company AND group_id = @group AND NOT (user_id = ANY(@users)) RETURNING user_id AS \"Value\"", companyId, groupId, keep, ct);
        }

        var kept = keep.ToArray();
        return await DeleteReturningAsync(db.GroupMembers.Where(m => m.CompanyId == companyId && m.GroupId == groupId && !kept.Contains(m.UserId)), ct);
    }

    public async Task TouchUsersAsync(CompanyId companyId, GroupId groupId, IReadOnlyCollection<UserId> userIds, bool allMembers, DateTimeOffset now, CancellationToken ct)
    {
        if (userIds.Count == 0 && !allMembers) return;
        if (db.Database.IsNpgsql())
        {
            // The rows are locked in id order by the subquery before any is updated: two group writes sharing users
            // queue up on the first shared one instead of deadlocking. Every table is filtered by the company, so
            // Citus runs it on the company's shard.
            await db.Database.ExecuteSqlRawAsync(
                allMembers ? TouchNamedUsersAndMembersSql : TouchNamedUsersSql,
                [.. Parameters(companyId, groupId, userIds), new NpgsqlParameter("now", now)],
                ct);
            return;
        }

        // SQLite has one writer at a time: no lock order to keep.
        var ids = userIds.ToArray();
        var users = allMembers
            ? db.Users.Where(u => u.CompanyId == companyId
                && (ids.Contains(u.Id) || db.GroupMembers.Any(m => m.CompanyId == companyId && m.GroupId == groupId && m.UserId == u.Id)))
            : db.Users.Where(u => u.CompanyId == companyId && ids.Contains(u.Id));
        await users.ExecuteUpdateAsync(set => set.SetProperty(u => u.Version, u => u.Version + 1).SetProperty(u => u.LastModifiedAt, now), ct);
    }

    public async Task TouchGroupsOfAsync(CompanyId companyId, UserId userId, DateTimeOffset now, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE groups AS t SET version = t.version + 1, last_modified_at = @now "
                + "FROM (SELECT g.id FROM groups AS g WHERE g.company_id = @company AND g.id IN (SELECT m.group_id FROM group_members AS m WHERE m.company_id = @company AND m.user_id = @user) ORDER BY g.id FOR UPDATE) AS locked "
                + "WHERE t.company_id = @company AND t.id = locked.id",
                [new NpgsqlParameter("company", companyId.Value), new NpgsqlParameter("user", userId.Value), new NpgsqlParameter("now", now)],
                ct);
            return;
        }

        await db.Groups
            .Where(g => g.CompanyId == companyId && db.GroupMembers.Any(m => m.CompanyId == companyId && m.UserId == userId && m.GroupId == g.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(g => g.Version, g => g.Version + 1).SetProperty(g => g.LastModifiedAt, now), ct);
    }

    private static NpgsqlParameter[] Parameters(CompanyId companyId, GroupId groupId, IEnumerable<UserId>? userIds) => userIds is null
        ? [new("company", companyId.Value), new("group", groupId.Value)]
        : [new("company", companyId.Value), new("group", groupId.Value), new("users", userIds.Select(id => id.Value).ToArray())];

    private async Task<IReadOnlyList<UserId>> ReturningUserIdsAsync(string sql, CompanyId companyId, GroupId groupId, IEnumerable<UserId>? userIds, CancellationToken ct)
    {
        var rows = await db.Database.SqlQueryRaw<Guid>(sql, Parameters(companyId, groupId, userIds)).ToListAsync(ct);
        return rows.Select(id => new UserId(id)).ToList();
    }

    /// <summary>SQLite: the members a delete will remove, read first (the single writer keeps them as read), then deleted.</summary>
    private static async Task<IReadOnlyList<UserId>> DeleteReturningAsync(IQueryable<GroupMember> rows, CancellationToken ct)
    {
        var removed = await rows.Select(m => m.UserId).ToListAsync(ct);
        if (removed.Count > 0) await rows.ExecuteDeleteAsync(ct);
        return removed;
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
