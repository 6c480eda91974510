using Ardalis.Specification;
using MapsterMapper;
using Microsoft.EntityFrameworkCore;
using Platform.Application.Directory.Groups;
using Platform.Application.Directory.Users;
using Platform.Domain.Directory.Users;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Directory.Users;

internal sealed class UserViews(PlatformDbContext db, IMapper mapper) : IUserViews
{
    public async Task<List<UserView>> ListAsync(ISpecification<User> which, CancellationToken ct)
    {
        // One statement: the page of users as a subquery, each joined to its groups (EF's single-query collection).
        var rows = await SpecificationEvaluator.Apply(db.Users.AsNoTracking(), which)
            .Select(u => new
            {
                User = u,
                Groups = (
                    from m in db.GroupMembers
                    join g in db.Groups on new { m.CompanyId, Id = m.GroupId } equals new { g.CompanyId, g.Id }
                    where m.CompanyId == u.CompanyId && m.UserId == u.Id
                    orderby g.Id
                    select new { g.Id, g.DisplayName }).ToList(),
            })
            .ToListAsync(ct);
        return rows.ConvertAll(row => mapper.Map<UserView>(row.User) with
        {
            Groups = row.Groups.ConvertAll(g => new UserGroupView(g.Id.ToString(), g.DisplayName)),
        });
    }
}
