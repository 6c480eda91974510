namespace Platform.Application.Directory.Groups;

/// <summary>All conditions must hold; no conditions means every group.</summary>
public sealed record GroupFilter(IReadOnlyList<GroupCondition> Conditions)
{
    public static readonly GroupFilter All = new([]);
}
