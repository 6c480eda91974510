namespace Platform.Api.Scim.Common.Filtering;

/// <summary>
/// The filters this server answers: <c>eq</c> comparisons (optionally as a value path such as
/// <c>emails[value eq "x"]</c>) joined with <c>and</c>. Each resource maps the attribute paths it supports.
/// </summary>
public static class ScimEqualityConditions
{
    public static ScimResult<IReadOnlyList<(AttributePath Path, ComparisonValue Value)>> Read(string? text, string supported)
    {
        var conditions = new List<(AttributePath Path, ComparisonValue Value)>();
        if (string.IsNullOrWhiteSpace(text)) return conditions;
        if (text.Contains('\0', StringComparison.Ordinal)) return ScimProblem.InvalidFilter("The filter contains a NUL character.");

        var parsed = ScimFilterParser.Parse(text);
        if (!parsed.IsSuccess) return ScimProblem.InvalidFilter($"The filter could not be read: {parsed.Problem.Detail} {supported}");

        return Collect(parsed.Value, conditions)
            ? conditions
            : ScimProblem.InvalidFilter($"The filter uses an operator or combination this server does not support. {supported}");
    }

    private static bool Collect(ScimFilter filter, List<(AttributePath Path, ComparisonValue Value)> conditions)
    {
        switch (filter)
        {
            case LogicalFilter { Operator: LogicalOperator.And } and:
                return Collect(and.Left, conditions) && Collect(and.Right, conditions);
            case ComparisonFilter { Operator: ComparisonOperator.Equal } equal:
                conditions.Add((equal.Path, equal.Value));
                return true;
            case ValuePathFilter { Filter: ComparisonFilter { Operator: ComparisonOperator.Equal, Path.SubAttribute: null } inner } valuePath
                when inner.Path.Name.Equals("value", StringComparison.OrdinalIgnoreCase):
                conditions.Add((valuePath.Path with { SubAttribute = "value" }, inner.Value));
                return true;
            default:
                return false;
        }
    }

    /// <summary>A comparison value as text for a text attribute; null when it is not a string or number.</summary>
    public static string? AsText(ComparisonValue value) => value switch
    {
        StringValue s when s.Value.Contains('\0', StringComparison.Ordinal) => null,
        StringValue s => s.Value,
        NumberValue n => n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
