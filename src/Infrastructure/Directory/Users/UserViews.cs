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
            _ => (await WithGroups(db, companyId, db.Users.AsNoTracking().Where(u => u.CompanyId == companyId && u.Id == id)).ToListAsync(ct)).FirstOrDefault(),
        };
        return row is null ? null : ToView(row);
    }

    public async Task<List<UserView>> ListAsync(CompanyId companyId, ISpecification<User> which, CancellationToken ct) =>
        (await WithGroups(db, companyId, SpecificationEvaluator.Apply(db.Users.AsNoTracking().Where(u => u.CompanyId == companyId), which)).ToListAsync(ct)).ConvertAll(ToView);

    public async Task<List<UserView>> ListByIdsAsync(CompanyId companyId, ISpecification<User, UserId> ids, CancellationToken ct)
    {
        var page = SpecificationEvaluator.Apply(db.Users, ids);
        var users = db.Users.AsNoTracking().Where(u => u.CompanyId == companyId && page.Contains(u.Id)).OrderBy(u => u.Id);
        return (await WithGroups(db, companyId, users).ToListAsync(ct)).ConvertAll(ToView);
    }

    /// <summary>
    /// One statement: the users as a subquery, each joined to its groups (EF's single-query collection). The
    /// memberships are filtered by the company itself, not only joined on the user's: EF joins them as a derived
    /// table, which Citus can route to the company's shard only when it names the company (docs/adr/0014-citus-provider.md).
    /// </summary>
    private static IQueryable<UserRow> WithGroups(PlatformDbContext db, CompanyId companyId, IQueryable<User> users) =>
        users.Select(u => new UserRow(
            u,
            (from m in db.GroupMembers
             join g in db.Groups on new { m.CompanyId, Id = m.GroupId } equals new { g.CompanyId, g.Id }
             where m.CompanyId == companyId && m.CompanyId == u.CompanyId && m.UserId == u.Id
             orderby g.Id
             select new UserGroupRow(g.Id, g.DisplayName)).ToList()));

    private UserView ToView(UserRow row) => mapper.Map<UserView>(row.User) with
    {
        Groups = row.Groups.ConvertAll(g => new UserGroupView(g.Id.ToString(), g.DisplayName)),
    };

    internal sealed record UserRow(User User, List<UserGroupRow> Groups);

    /// <summary>
    /// Compiled once per context type (a compiled query keeps the SQL of the first provider it ran on): a GET by id
    /// skips building, parameterising and looking up its expression tree every time. The same shape as
    /// <see cref="WithGroups"/>, written out because a compiled query cannot call a method to build itself.
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
                         where m.CompanyId == companyId && m.CompanyId == u.CompanyId && m.UserId == u.Id
                         orderby g.Id
                         select new UserGroupRow(g.Id, g.DisplayName)).ToList()))
                    .FirstOrDefault());
    }

    internal sealed record UserGroupRow(GroupId Id, string DisplayName);
}
