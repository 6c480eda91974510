namespace Platform.Application.Directory.Groups;

/// <summary>The group attributes a list can be filtered on (<c>Member</c>: groups that contain a user).</summary>
public enum GroupFilterField
{
    DisplayName,
    ExternalId,
    Id,
    Member,
}
