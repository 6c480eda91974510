using Platform.Application.Directory.Groups;

namespace Platform.Api.Scim.Common.Groups;

/// <summary>
/// Walks one stream of a page's members (ordered by group, as the page is) and hands each group its own run, so a
/// list of groups is written with one query and without holding any group's members in memory.
/// </summary>
public sealed class GroupMembersCursor(IAsyncEnumerable<GroupMemberOfGroup> members, CancellationToken ct) : IAsyncDisposable
{
    private readonly IAsyncEnumerator<GroupMemberOfGroup> _members = members.GetAsyncEnumerator(ct);
    private bool _started;
    private bool _hasCurrent;

    public async IAsyncEnumerable<GroupMemberView> MembersOf(string groupId)
    {
        if (!_started)
        {
            _started = true;
            _hasCurrent = await _members.MoveNextAsync();
        }

        while (_hasCurrent && _members.Current.GroupId == groupId)
        {
            yield return _members.Current.Member;
            _hasCurrent = await _members.MoveNextAsync();
        }
    }

    public ValueTask DisposeAsync() => _members.DisposeAsync();
}
