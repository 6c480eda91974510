using Platform.Application.Directory.Filtering;

namespace Platform.Application.Directory.Users;

/// <summary>
/// A user filter: <see cref="Expression"/>, the whole filter (null: every user), and, when the filter is only
/// <c>eq</c> comparisons joined with <c>and</c> on the single-valued attributes identity providers look users up by,
/// <see cref="Conditions"/>, the same filter as a conjunction that the hot path answers without the general translation.
/// </summary>
public sealed record UserFilter(IReadOnlyList<UserCondition> Conditions, DirectoryFilter? Expression = null)
{
    public static readonly UserFilter All = new([]);

    /// <summary>True when <see cref="Conditions"/> says everything the filter says.</summary>
    public bool IsConjunctionOfEqualities => Expression is null || Conditions.Count > 0;

    public static UserFilter From(DirectoryFilter? expression)
    {
        if (expression is null) return All;
        var conditions = new List<UserCondition>();
        return Collect(expression, conditions) ? new UserFilter(conditions, expression) : new UserFilter([], expression);
    }

    private static bool Collect(DirectoryFilter filter, List<UserCondition> conditions)
    {
        switch (filter)
        {
            case AndCondition and:
                return Collect(and.Left, conditions) && Collect(and.Right, conditions);
            case ComparisonCondition { Operator: FilterOperator.Equal } equal:
                UserFilterField? field = equal.Attribute.Name switch
                {
                    "userName" => UserFilterField.UserName,
                    "externalId" => UserFilterField.ExternalId,
                    "id" => UserFilterField.Id,
                    "displayName" => UserFilterField.DisplayName,
                    "active" => UserFilterField.Active,
                    _ => null,
                };
                var value = equal.Value switch
                {
                    { Kind: FilterValueKind.String, Text: { } text } when field != UserFilterField.Active => text,
                    { Kind: FilterValueKind.Boolean, Boolean: { } flag } when field == UserFilterField.Active => flag ? "true" : "false",
                    _ => null,
                };
                if (field is null || value is null) return false;
                conditions.Add(new UserCondition(field.Value, value));
                return true;
            default:
                return false;
        }
    }
}
