using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Directory.Users;
using Platform.Domain.Common;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Groups;

/// <summary>What PATCH and PUT share: lock the group, validate, rename, apply membership changes, record them.</summary>
internal static class GroupWrite
{
    private static readonly GroupProfileValidator ProfileValidator = new();

    public static async Task<Result<string>> UpdateAsync(
        IRepository<Group> groups,
        IGroupMembers members,
        TimeProvider clock,
        CompanyId companyId,
        string groupId,
        Func<GroupProfile, GroupProfile> change,
        IReadOnlyList<MembershipChange> memberChanges,
        Actor actor,
        CancellationToken ct)
    {
        if (!GroupId.TryParse(groupId, out var id)) return GroupErrors.NotFound(groupId);

        // Lock first, then read: whatever committed before us is what we change.
        var group = await members.TouchAsync(companyId, id, clock.GetUtcNow(), ct);
        if (group is null) return GroupErrors.NotFound(groupId);

        var profile = change(group.Profile);
        var validation = await ProfileValidator.ValidateAsync(profile, ct);
        if (!validation.IsValid)
        {
            return Result<string>.Failure(validation.Errors
                .Select(f => f.ErrorCode == "directory.group_name_required" ? GroupErrors.DisplayNameRequired : DirectoryErrors.InvalidValue(f.PropertyName, f.ErrorMessage))
                .ToList());
        }

        if (Group.Normalize(profile.DisplayName) != group.NormalizedDisplayName
            && await groups.AnyAsync(new GroupByDisplayNameSpec(companyId, profile.DisplayName), ct))
        {
            return GroupErrors.DisplayNameTaken(profile.DisplayName);
        }

        if (await GroupMembershipApplier.UnknownMembersAsync(members, companyId, memberChanges, ct) is { } unknown) return unknown;

        group.Update(profile, actor);
        var (added, removed) = await GroupMembershipApplier.ApplyAsync(members, companyId, id, memberChanges, ct);
        group.RecordMembershipChange(added, removed, actor);
        return group.Id.ToString();
    }
}
