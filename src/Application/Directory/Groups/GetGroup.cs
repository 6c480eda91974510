using MapsterMapper;
using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Groups;

public sealed record GetGroupQuery(CompanyId CompanyId, string GroupId) : IQuery<Result<GroupView>>, ITenantScoped;

public sealed class GetGroupHandler(IRepository<Group> groups, IMapper mapper) : IQueryHandler<GetGroupQuery, Result<GroupView>>
{
    public async ValueTask<Result<GroupView>> Handle(GetGroupQuery query, CancellationToken ct)
    {
        if (!GroupId.TryParse(query.GroupId, out var id)) return GroupErrors.NotFound(query.GroupId);
        var group = await groups.FirstOrDefaultAsync(new GroupByIdSpec(query.CompanyId, id), ct);
        return group is null
            ? GroupErrors.NotFound(query.GroupId)
            : mapper.Map<GroupView>(group);
    }
}
