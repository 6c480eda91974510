using Platform.Application.Common;
using Platform.Domain.Directory.Groups;

namespace Platform.Application.Directory.Groups;

public sealed record GroupMemberOfGroup(string GroupId, GroupMemberView Member);
