namespace Platform.Application.Directory.Groups;

public sealed record GroupMemberOfGroup(string GroupId, GroupMemberView Member);
