namespace Platform.Application.Directory.Groups;

/// <summary>A member as a group lists it: the user's id and what to display for them.</summary>
public sealed record GroupMemberView(string UserId, string Display);
