namespace Platform.Application.Directory.Groups;

/// <summary>One equality condition on a group attribute.</summary>
public sealed record GroupCondition(GroupFilterField Field, string Value);
