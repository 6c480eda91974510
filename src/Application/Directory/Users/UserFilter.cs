namespace Platform.Application.Directory.Users;

/// <summary>All conditions must hold (a conjunction); no conditions means every user.</summary>
public sealed record UserFilter(IReadOnlyList<UserCondition> Conditions)
{
    public static readonly UserFilter All = new([]);
}
