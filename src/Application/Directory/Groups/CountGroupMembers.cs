using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Results;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Groups;

/// <summary>Member counts for a page of groups (the console lists them).</summary>
public sealed record CountGroupMembersQuery(CompanyId CompanyId, IReadOnlyList<string> GroupIds) : IQuery<Result<IReadOnlyDictionary<string, int>>>, ITenantScoped;

public sealed class CountGroupMembersHandler(IMembershipReads reads) : IQueryHandler<CountGroupMembersQuery, Result<IReadOnlyDictionary<string, int>>>
{
    public async ValueTask<Result<IReadOnlyDictionary<string, int>>> Handle(CountGroupMembersQuery query, CancellationToken ct)
    {
        var ids = query.GroupIds.Select(text => GroupId.TryParse(text, out var id) ? id : (GroupId?)null).OfType<GroupId>().ToList();
        return Result<IReadOnlyDictionary<string, int>>.Success(await reads.MemberCountsAsync(query.CompanyId, ids, ct));
    }
}
