using Platform.Application.Directory.Filtering;

namespace Platform.Application.Directory.Groups;

/// <summary>
/// A group filter: <see cref="Expression"/>, the whole filter (null: every group), and, when it is only <c>eq</c>
/// comparisons joined with <c>and</c> on displayName, externalId, id and members.value, <see cref="Conditions"/>, the
/// same filter as the conjunction the hot path answers.
/// </summary>
public sealed record GroupFilter(IReadOnlyList<GroupCondition> Conditions, DirectoryFilter? Expression = null)
{
    public static readonly GroupFilter All = new([]);

    /// <summary>True when <see cref="Conditions"/> says everything the filter says.</summary>
    public bool IsConjunctionOfEqualities => Expression is null || Conditions.Count > 0;

    public static GroupFilter From(DirectoryFilter? expression)
    {
        if (expression is null) return All;
        var conditions = new List<GroupCondition>();
        return Collect(expression, conditions) ? new GroupFilter(conditions, expression) : new GroupFilter([], expression);
    }

    private static bool Collect(DirectoryFilter filter, List<GroupCondition> conditions)
    {
        switch (filter)
        {
            case AndCondition and:
                return Collect(and.Left, conditions) && Collect(and.Right, conditions);
            case ValuePathCondition { Attribute.Name: "members", Condition: ComparisonCondition { Operator: FilterOperator.Equal, Attribute.Name: "members.value", Value.Text: { } member } }:
                conditions.Add(new GroupCondition(GroupFilterField.Member, member));
                return true;
            case ComparisonCondition { Operator: FilterOperator.Equal, Value: { Kind: FilterValueKind.String, Text: { } value } } equal:
                GroupFilterField? field = equal.Attribute.Name switch
                {
                    "displayName" => GroupFilterField.DisplayName,
                    "externalId" => GroupFilterField.ExternalId,
                    "id" => GroupFilterField.Id,
                    "members.value" => GroupFilterField.Member,
                    _ => null,
                };
                if (field is null) return false;
                conditions.Add(new GroupCondition(field.Value, value));
                return true;
            default:
                return false;
        }
    }
}
