using Platform.Domain.Directory.Groups;

namespace Platform.Application.Directory.Groups;

/// <summary>A group as readers see it. Members are read separately (they can be many).</summary>
public sealed record GroupView(string Id, GroupProfile Profile, DateTimeOffset CreatedAt, DateTimeOffset LastModifiedAt, int Version);
