namespace Platform.Application.Directory.Groups;

/// <param name="Members">The page's members in group order, streamed (null when members were not asked for).</param>
public sealed record GroupPage(IReadOnlyList<GroupView> Groups, int TotalResults, IAsyncEnumerable<GroupMemberOfGroup>? Members);
