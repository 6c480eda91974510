using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Directory.Users;
using Platform.Domain.Common;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Groups;

/// <summary>
/// What PATCH and PUT share: lock the group, check the expected version, validate, rename, apply membership changes,
/// record them, and move on the version of every user whose <c>groups</c> that changed.
/// </summary>
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
        ExpectedVersion? expected,
        CancellationToken ct)
    {
        if (!GroupId.TryParse(groupId, out var id)) return GroupErrors.NotFound(groupId);

        // Lock first, then read: whatever committed before us is what we change. The touch has already moved the
        // version on by one: the request's expected version is compared with the one before it.
        var now = clock.GetUtcNow();
        var group = await members.TouchAsync(companyId, id, now, ct);
        if (group is null) return GroupErrors.NotFound(groupId);
        if (expected?.Allows(group.Version - 1) == false) return CommonErrors.VersionChanged;

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

        var oldName = group.DisplayName;
        group.Update(profile, actor);
        var (added, removed, changed) = await GroupMembershipApplier.ApplyAsync(members, companyId, id, memberChanges, ct);
        group.RecordMembershipChange(added, removed, actor);

        // A user's groups list each group's name: a rename changes every member as returned, not only those added or removed.
        var renamed = group.DisplayName != oldName;
        if (changed.Count > 0 || renamed) await members.TouchUsersAsync(companyId, id, changed, allMembers: renamed, now, ct);
        return group.Id.ToString();
    }
}
