namespace Platform.Application.Directory.Groups;

/// <summary>Limits on one request's member lists: large groups are pushed in batches, as Okta does.</summary>
public static class MembershipLimits
{
    public const int MaxMembersPerRequest = 200_000;

    public static int CountIds(IEnumerable<MembershipChange> changes) => changes.Sum(change => change switch
    {
        AddMembers add => add.UserIds.Count,
        RemoveMembers remove => remove.UserIds.Count,
        ReplaceMembers replace => replace.UserIds.Count,
        _ => 0,
    });
}
