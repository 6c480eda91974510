using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Directory.Groups;

/// <summary>One membership: a row keyed by company, group and user.</summary>
public sealed class GroupMember
{
    public GroupMember(CompanyId companyId, GroupId groupId, UserId userId)
    {
        CompanyId = companyId;
        GroupId = groupId;
        UserId = userId;
    }

    public CompanyId CompanyId { get; private set; }

    public GroupId GroupId { get; private set; }

    public UserId UserId { get; private set; }
}
