using Ardalis.Specification;
using MapsterMapper;
using Microsoft.EntityFrameworkCore;
using Platform.Application.Directory.Groups;
using Platform.Application.Directory.Users;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Directory.Users;

internal sealed class UserViews(PlatformDbContext db, IMapper mapper) : IUserViews
{
    public async Task<UserView?> FindAsync(CompanyId companyId, UserId id, CancellationToken ct)
    {
        var row = db switch
        {
            PostgresPlatformDbContext postgres => await Compiled<PostgresPlatformDbContext>.ById(postgres, companyId, id, ct),
            SqlitePlatformDbContext sqlite => await Compiled<SqlitePlatformDbContext>.ById(sqlite, companyId, id, ct),
            _ => throw new NotSupportedException($"No compiled user query for {db.GetType().Name}."),
        };
        return row is null ? null : ToView(row);
    }

    /// <summary>
    /// Two statements: the users, then the memberships of exactly those users (<c>user_id = ANY(…)</c>). Joining the
    /// memberships into the page's statement let PostgreSQL's generic plan for the prepared statement merge the
    /// company's whole membership table into every page (bench/README.md, issue 10).
    /// </summary>
    public async Task<List<UserView>> ListAsync(ISpecification<User> which, CancellationToken ct)
    {
        var users = await SpecificationEvaluator.Apply(db.Users.AsNoTracking(), which).ToListAsync(ct);
        if (users.Count == 0) return [];

        var companyId = users[0].CompanyId;
        var ids = users.ConvertAll(u => u.Id);
        var memberships = await (
                from m in db.GroupMembers
                join g in db.Groups on new { m.CompanyId, Id = m.GroupId } equals new { g.CompanyId, g.Id }
                where m.CompanyId == companyId && ids.Contains(m.UserId)
                orderby g.Id
                select new { m.UserId, Group = new UserGroupRow(g.Id, g.DisplayName) })
            .ToListAsync(ct);
        var groupsOf = memberships.ToLookup(m => m.UserId, m => m.Group);
        return users.ConvertAll(u => ToView(new UserRow(u, groupsOf[u.Id].ToList())));
    }

    private UserView ToView(UserRow row) => mapper.Map<UserView>(row.User) with
    {
        Groups = row.Groups.ConvertAll(g => new UserGroupView(g.Id.ToString(), g.DisplayName)),
    };

    internal sealed record UserRow(User User, List<UserGroupRow> Groups);

    /// <summary>
    /// Compiled once per context type (a compiled query keeps the SQL of the first provider it ran on): a GET by id
    /// skips building, parameterising and looking up its expression tree every time. One statement: the user joined
    /// to its memberships (for one user the plan is index lookups whatever the plan cache does).
    /// </summary>
    private static class Compiled<TContext>
        where TContext : PlatformDbContext
    {
        public static readonly Func<TContext, CompanyId, UserId, CancellationToken, Task<UserRow?>> ById =
            EF.CompileAsyncQuery((TContext db, CompanyId companyId, UserId id, CancellationToken ct) =>
                db.Users.AsNoTracking()
                    .Where(u => u.CompanyId == companyId && u.Id == id)
                    .Select(u => new UserRow(
                        u,
                        (from m in db.GroupMembers
                         join g in db.Groups on new { m.CompanyId, Id = m.GroupId } equals new { g.CompanyId, g.Id }
                         // The company itself, not only the user's: EF joins the memberships as a derived table,
                         // which Citus routes to the company's shard only when it names the company (ADR 0015).
                         where m.CompanyId == companyId && m.CompanyId == u.CompanyId && m.UserId == u.Id
                         orderby g.Id
                         select new UserGroupRow(g.Id, g.DisplayName)).ToList()))
                    .FirstOrDefault());
    }

    internal sealed record UserGroupRow(GroupId Id, string DisplayName);
}
