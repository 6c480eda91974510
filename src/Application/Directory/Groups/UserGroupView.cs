namespace Platform.Application.Directory.Groups;

/// <summary>A group as a user lists it in its read-only <c>groups</c>.</summary>
public sealed record UserGroupView(string GroupId, string DisplayName);
