using Ardalis.Specification;
using Platform.Application.Common.Mapping;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Groups;

public sealed class GroupByIdSpec : SingleResultSpecification<Group>
{
    public GroupByIdSpec(CompanyId companyId, GroupId id) => Query.Where(g => g.CompanyId == companyId && g.Id == id);
}

public sealed class GroupByDisplayNameSpec : SingleResultSpecification<Group>
{
    public GroupByDisplayNameSpec(CompanyId companyId, string displayName)
    {
        var normalized = Group.Normalize(displayName);
        Query.Where(g => g.CompanyId == companyId && g.NormalizedDisplayName == normalized);
    }
}

/// <summary>A page of groups matching a filter, projected in the database, in stable id order.</summary>
/// <param name="memberOf">When the filter names a member, the groups that contain that user (resolved beforehand).</param>
public sealed class GroupsMatchingFilterSpec : Specification<Group, GroupView>
{
    public GroupsMatchingFilterSpec(CompanyId companyId, GroupFilter filter, IReadOnlyList<GroupId>? memberOf, int skip, int take)
    {
        Query.Where(g => g.CompanyId == companyId).AsNoTracking();
        foreach (var condition in filter.Conditions)
        {
            var value = condition.Value;
            switch (condition.Field)
            {
                case GroupFilterField.DisplayName:
                    var normalized = Group.Normalize(value);
                    Query.Where(g => g.NormalizedDisplayName == normalized);
                    break;
                case GroupFilterField.ExternalId:
                    Query.Where(g => g.ExternalId == value);
                    break;
                case GroupFilterField.Id:
                    var id = GroupId.TryParse(value, out var parsed) ? parsed : new GroupId(Guid.Empty);
                    Query.Where(g => g.Id == id);
                    break;
                case GroupFilterField.Member:
                    var ids = memberOf ?? [];
                    Query.Where(g => ids.Contains(g.Id));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(filter), condition.Field, "Unknown group filter field.");
            }
        }

        Query.OrderBy(g => g.Id).Skip(skip).Take(take);
        Query.Select(ApplicationMappings.Projection<Group, GroupView>());
    }
}

/// <summary>The groups with these ids, projected in the database (the caller puts them in its own order).</summary>
public sealed class GroupsWithIdsSpec : Specification<Group, GroupView>
{
    public GroupsWithIdsSpec(CompanyId companyId, IReadOnlyCollection<GroupId> ids)
    {
        Query.Where(g => g.CompanyId == companyId && ids.Contains(g.Id)).AsNoTracking();
        Query.Select(ApplicationMappings.Projection<Group, GroupView>());
    }
}
