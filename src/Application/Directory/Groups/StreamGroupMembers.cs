using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Results;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Groups;

/// <summary>A group's members as a stream: a 100,000-member group is written out without being held in memory.</summary>
public sealed record StreamGroupMembersQuery(CompanyId CompanyId, string GroupId) : IQuery<Result<IAsyncEnumerable<GroupMemberView>>>, ITenantScoped;

public sealed class StreamGroupMembersHandler(IMembershipReads reads) : IQueryHandler<StreamGroupMembersQuery, Result<IAsyncEnumerable<GroupMemberView>>>
{
    public ValueTask<Result<IAsyncEnumerable<GroupMemberView>>> Handle(StreamGroupMembersQuery query, CancellationToken ct) =>
        ValueTask.FromResult<Result<IAsyncEnumerable<GroupMemberView>>>(GroupId.TryParse(query.GroupId, out var id)
            ? Result<IAsyncEnumerable<GroupMemberView>>.Success(reads.StreamMembersAsync(query.CompanyId, id, ct))
            : GroupErrors.NotFound(query.GroupId));
}
