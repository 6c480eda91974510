namespace Platform.Application.Directory.Groups;

public enum GroupFilterField
{
    DisplayName,
    ExternalId,
    Id,
    Member,
}

public sealed record GroupCondition(GroupFilterField Field, string Value);

/// <summary>All conditions must hold.</summary>
public sealed record GroupFilter(IReadOnlyList<GroupCondition> Conditions)
{
    public static readonly GroupFilter All = new([]);
}
