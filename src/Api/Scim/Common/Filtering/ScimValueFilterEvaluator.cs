using System.Text.Json.Nodes;
using Platform.Application.Directory.Schema;

namespace Platform.Api.Scim.Common.Filtering;

/// <summary>
/// Evaluates a PATCH path's value filter (<c>addresses[type eq "work"]</c>) on one element of one resource's
/// multi-valued attribute, in memory: it picks values inside a single resource, never rows of a company. Strings compare
/// as the sub-attribute's <c>caseExact</c> says.
/// </summary>
public static class ScimValueFilterEvaluator
{
    public static bool Matches(ScimFilter filter, AttributeDefinition attribute, JsonNode? element) => filter switch
    {
        LogicalFilter { Operator: LogicalOperator.And } and => Matches(and.Left, attribute, element) && Matches(and.Right, attribute, element),
        LogicalFilter or => Matches(or.Left, attribute, element) || Matches(or.Right, attribute, element),
        NotFilter not => !Matches(not.Operand, attribute, element),
        PresentFilter present => Value(element, present.Path) is { } value && !(value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 0),
        ComparisonFilter comparison => Compare(attribute, element, comparison),
        _ => false,
    };

    private static JsonNode? Value(JsonNode? element, AttributePath path)
    {
        // In a value filter, "value" means the element's sub-attribute; a simple multi-valued element is its own value.
        if (element is not JsonObject entry) return path.Name.Equals("value", StringComparison.OrdinalIgnoreCase) ? element : null;
        return entry.FirstOrDefault(p => p.Key.Equals(path.Name, StringComparison.OrdinalIgnoreCase)).Value;
    }

    private static bool Compare(AttributeDefinition attribute, JsonNode? element, ComparisonFilter comparison)
    {
        var actual = Value(element, comparison.Path);
        var caseExact = attribute.SubAttribute(comparison.Path.Name)?.CaseExact ?? false;
        switch (comparison.Value)
        {
            case NullValue:
                return comparison.Operator == ComparisonOperator.Equal ? actual is null : comparison.Operator == ComparisonOperator.NotEqual && actual is not null;
            case BooleanValue boolean:
                var flag = actual is JsonValue b && b.TryGetValue<bool>(out var got) ? got : (bool?)null;
                if (flag is null && IsPrimary(comparison.Path) && actual is null) flag = false;
                return comparison.Operator switch
                {
                    ComparisonOperator.Equal => flag == boolean.Value,
                    ComparisonOperator.NotEqual => flag != boolean.Value,
                    _ => false,
                };
            case NumberValue number:
                if (actual is not JsonValue n || !n.TryGetValue<decimal>(out var have)) return comparison.Operator == ComparisonOperator.NotEqual;
                return Ordered(have.CompareTo(number.Value), comparison.Operator);
            case StringValue text:
                if (actual is not JsonValue t || !t.TryGetValue<string>(out var value)) return comparison.Operator == ComparisonOperator.NotEqual;
                var comparisonType = caseExact ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
                return comparison.Operator switch
                {
                    ComparisonOperator.Contains => value.Contains(text.Value, comparisonType),
                    ComparisonOperator.StartsWith => value.StartsWith(text.Value, comparisonType),
                    ComparisonOperator.EndsWith => value.EndsWith(text.Value, comparisonType),
                    _ => Ordered(string.Compare(value, text.Value, comparisonType), comparison.Operator),
                };
            default:
                return false;
        }
    }

    private static bool IsPrimary(AttributePath path) => path.Name.Equals("primary", StringComparison.OrdinalIgnoreCase);

    private static bool Ordered(int order, ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => order == 0,
        ComparisonOperator.NotEqual => order != 0,
        ComparisonOperator.GreaterThan => order > 0,
        ComparisonOperator.GreaterThanOrEqual => order >= 0,
        ComparisonOperator.LessThan => order < 0,
        ComparisonOperator.LessThanOrEqual => order <= 0,
        _ => false,
    };
}
