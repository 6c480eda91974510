using Microsoft.EntityFrameworkCore;
using Platform.Application.Common.Mapping;
using Platform.Application.Directory.Groups;
using Platform.Application.Directory.Users;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Directory.Groups;

internal sealed class MembershipReads(PlatformDbContext db) : IMembershipReads
{
    public async IAsyncEnumerable<GroupMemberView> StreamMembersAsync(CompanyId companyId, GroupId groupId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var rows = MembersOf(companyId, m => m.GroupId == groupId).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return new GroupMemberView(row.UserId.ToString(), row.DisplayName ?? row.UserName);
        }
    }

    public async Task<IReadOnlyList<UserListItem>> MemberPageAsync(CompanyId companyId, GroupId groupId, int skip, int take, CancellationToken ct)
    {
        // The member rows are users: projected with the same Mapster mapping as every other user list.
        return await (
                from m in db.GroupMembers.AsNoTracking()
                join u in db.Users on new { m.CompanyId, Id = m.UserId } equals new { u.CompanyId, u.Id }
                where m.CompanyId == companyId && m.GroupId == groupId
                orderby u.NormalizedUserName, u.Id
                select u)
            .Skip(skip)
            .Take(take)
            .Select(ApplicationMappings.Projection<User, UserListItem>())
            .ToListAsync(ct);
    }

    public async IAsyncEnumerable<GroupMemberOfGroup> StreamMembersOfGroupsAsync(CompanyId companyId, IReadOnlyCollection<GroupId> groupIds, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var ids = groupIds.ToArray();
        await foreach (var row in MembersOf(companyId, m => ids.Contains(m.GroupId)).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return new GroupMemberOfGroup(row.GroupId.ToString(), new GroupMemberView(row.UserId.ToString(), row.DisplayName ?? row.UserName));
        }
    }

    public async Task<ILookup<string, UserGroupView>> GroupsOfUsersAsync(CompanyId companyId, IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var ids = userIds.Select(text => UserId.TryParse(text, out var id) ? id : (UserId?)null).OfType<UserId>().ToArray();
        var rows = await (
                from m in db.GroupMembers.AsNoTracking()
                join g in db.Groups on new { m.CompanyId, Id = m.GroupId } equals new { g.CompanyId, g.Id }
                where m.CompanyId == companyId && ids.Contains(m.UserId)
                orderby g.Id
                select new { m.UserId, GroupId = g.Id, g.DisplayName })
            .ToListAsync(ct);
        return rows.ToLookup(row => row.UserId.ToString(), row => new UserGroupView(row.GroupId.ToString(), row.DisplayName));
    }

    public async Task<IReadOnlyList<GroupId>> GroupsContainingAsync(CompanyId companyId, string userId, CancellationToken ct) =>
        UserId.TryParse(userId, out var id)
            ? await db.GroupMembers.Where(m => m.CompanyId == companyId && m.UserId == id).Select(m => m.GroupId).ToListAsync(ct)
            : [];

    public async Task<IReadOnlyDictionary<string, int>> MemberCountsAsync(CompanyId companyId, IReadOnlyCollection<GroupId> groupIds, CancellationToken ct)
    {
        var ids = groupIds.ToArray();
        var counts = await db.GroupMembers
            .Where(m => m.CompanyId == companyId && ids.Contains(m.GroupId))
            .GroupBy(m => m.GroupId)
            .Select(g => new { GroupId = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return counts.ToDictionary(c => c.GroupId.ToString(), c => c.Count);
    }

    private IQueryable<MemberRow> MembersOf(CompanyId companyId, System.Linq.Expressions.Expression<Func<GroupMember, bool>> which) =>
        from m in db.GroupMembers.AsNoTracking().Where(m => m.CompanyId == companyId).Where(which)
        join u in db.Users on new { m.CompanyId, Id = m.UserId } equals new { u.CompanyId, u.Id }
        orderby m.GroupId, m.UserId
        select new MemberRow(m.GroupId, u.Id, u.DisplayName, u.UserName);

    private sealed record MemberRow(GroupId GroupId, UserId UserId, string? DisplayName, string UserName);
}
