using System.Globalization;
using Platform.Application.Directory.Filtering;
using Platform.Application.Directory.Schema;
using NeutralNot = Platform.Application.Directory.Filtering.NotCondition;

namespace Platform.Api.Scim.Common.Filtering;

/// <summary>
/// A parsed SCIM filter → the neutral <see cref="DirectoryFilter"/>, every attribute path resolved against the
/// catalogue in either version's spelling (names without case; URN-qualified with a 2.0 or 1.1 schema URN). An
/// attribute of a schema URN the catalogue does not know is a custom extension's, compared as a string. Unknown
/// attributes, values of the wrong type (<c>active gt "x"</c>, a dateTime that is not one) and operators that do not
/// suit the type are a 400 <c>invalidFilter</c>, never an empty list a client would take for "nothing matches".
/// </summary>
public static class ScimDirectoryFilterTranslator
{
    /// <summary>Filter text (not blank: no filter is the caller's case).</summary>
    public static ScimResult<DirectoryFilter> Translate(string text, ResourceType type)
    {
        if (text.Contains('\0', StringComparison.Ordinal)) return ScimProblem.InvalidFilter("The filter contains a NUL character.");
        var parsed = ScimFilterParser.Parse(text);
        if (!parsed.IsSuccess) return ScimProblem.InvalidFilter($"The filter could not be read: {parsed.Problem.Detail}");
        return Translate(parsed.Value, type, scope: null);
    }

    /// <summary>An attribute path as filters and <c>sortBy</c> name it; <paramref name="scope"/> is the value path's attribute inside <c>[…]</c>.</summary>
    public static ScimResult<FilterAttribute> Resolve(AttributePath path, ResourceType type, FilterAttribute? scope = null)
    {
        if (scope is not null)
        {
            if (path.SubAttribute is not null || (path.SchemaUrn is not null && !path.SchemaUrn.Equals(scope.ExtensionUrn ?? scope.Resolved.Schema?.Id, StringComparison.OrdinalIgnoreCase)))
            {
                return ScimProblem.InvalidFilter($"Inside '{scope}[…]' name a sub-attribute of '{scope}', not '{path}'.");
            }

            if (scope.ExtensionUrn is not null) return FilterAttribute.Extension(scope.ExtensionUrn, scope.Resolved.Attribute.Name, path.Name);
            var inner = scope.Resolved.Attribute.SubAttribute(path.Name);
            return inner is null
                ? ScimProblem.InvalidFilter($"'{scope}' has no sub-attribute '{path.Name}'.")
                : new FilterAttribute(scope.Resolved with { Sub = inner });
        }

        var text = (path.SchemaUrn is null ? string.Empty : path.SchemaUrn + ":") + path.Name + (path.SubAttribute is null ? string.Empty : "." + path.SubAttribute);
        if (type.Resolve(text) is { } resolved) return new FilterAttribute(resolved);
        if (path.SchemaUrn is { } urn && type.SchemaNamed(urn) is null && !IsCoreUrn(urn))
        {
            return FilterAttribute.Extension(urn, path.Name, path.SubAttribute);
        }

        return ScimProblem.InvalidFilter($"'{path}' is not an attribute of a {type.Name}.");
    }

    private static bool IsCoreUrn(string urn) =>
        urn.StartsWith("urn:ietf:params:scim:schemas:core:", StringComparison.OrdinalIgnoreCase)
        || urn.Equals(DirectoryCatalogue.LegacyCoreUrn, StringComparison.OrdinalIgnoreCase)
        || urn.StartsWith("urn:ietf:params:scim:schemas:extension:enterprise:", StringComparison.OrdinalIgnoreCase);

    private static ScimResult<DirectoryFilter> Translate(ScimFilter filter, ResourceType type, FilterAttribute? scope)
    {
        switch (filter)
        {
            case LogicalFilter logical:
                var left = Translate(logical.Left, type, scope);
                if (!left.IsSuccess) return left.Problem;
                var right = Translate(logical.Right, type, scope);
                if (!right.IsSuccess) return right.Problem;
                return logical.Operator == LogicalOperator.And ? new AndCondition(left.Value, right.Value) : new OrCondition(left.Value, right.Value);
            case NotFilter not:
                var operand = Translate(not.Operand, type, scope);
                return operand.IsSuccess ? new NeutralNot(operand.Value) : operand.Problem;
            case PresentFilter present:
                var attribute = Filterable(present.Path, type, scope);
                return attribute.IsSuccess ? new PresenceCondition(attribute.Value) : attribute.Problem;
            case ComparisonFilter comparison:
                return Comparison(comparison, type, scope);
            case ValuePathFilter valuePath:
                var multi = Filterable(valuePath.Path, type, scope);
                if (!multi.IsSuccess) return multi.Problem;
                if (!multi.Value.Resolved.Attribute.MultiValued || multi.Value.Resolved.Sub is not null)
                {
                    return ScimProblem.InvalidFilter($"'{valuePath.Path}[…]' needs a multi-valued attribute; '{multi.Value}' is not one.");
                }

                var condition = Translate(valuePath.Filter, type, multi.Value);
                return condition.IsSuccess ? new ValuePathCondition(multi.Value, condition.Value) : condition.Problem;
            default:
                return ScimProblem.InvalidFilter("The filter uses a construct this server does not know.");
        }
    }

    private static ScimResult<FilterAttribute> Filterable(AttributePath path, ResourceType type, FilterAttribute? scope)
    {
        var attribute = Resolve(path, type, scope);
        if (!attribute.IsSuccess) return attribute.Problem;
        return FilterSupport.WhyNotFilterable(type, attribute.Value) is { } why ? ScimProblem.InvalidFilter(why) : attribute;
    }

    private static ScimResult<DirectoryFilter> Comparison(ComparisonFilter comparison, ResourceType type, FilterAttribute? scope)
    {
        var resolved = Filterable(comparison.Path, type, scope);
        if (!resolved.IsSuccess) return resolved.Problem;
        var attribute = resolved.Value;

        // A multi-valued attribute compared as a whole means its values (emails eq "x" is emails.value eq "x").
        if (attribute.Leaf.Type == AttributeType.Complex && attribute.Resolved.Sub is null && attribute.Resolved.Attribute.SubAttribute("value") is { } value)
        {
            attribute = new FilterAttribute(attribute.Resolved with { Sub = value }, attribute.ExtensionUrn);
        }

        var op = Operator(comparison.Operator);
        if (comparison.Value is NullValue)
        {
            // RFC 7644 §3.4.2.2 compares with null only for equality: eq null is "not present", ne null is "present".
            return op switch
            {
                FilterOperator.Equal => new NeutralNot(new PresenceCondition(attribute)),
                FilterOperator.NotEqual => new PresenceCondition(attribute),
                _ => ScimProblem.InvalidFilter($"'{comparison.Path}' can only be compared with null by eq or ne."),
            };
        }

        var typed = Value(attribute, op, comparison.Value, comparison.Path);
        return typed.IsSuccess ? new ComparisonCondition(attribute, op, typed.Value) : typed.Problem;
    }

    private static ScimResult<FilterValue> Value(FilterAttribute attribute, FilterOperator op, ComparisonValue value, AttributePath path)
    {
        var ordering = op is FilterOperator.GreaterThan or FilterOperator.GreaterThanOrEqual or FilterOperator.LessThan or FilterOperator.LessThanOrEqual;
        var substring = op is FilterOperator.Contains or FilterOperator.StartsWith or FilterOperator.EndsWith;
        switch (attribute.Leaf.Type)
        {
            case AttributeType.Boolean:
                if (ordering || substring) return ScimProblem.InvalidFilter($"'{path}' is a boolean: compare it with eq or ne.");
                return value switch
                {
                    BooleanValue flag => FilterValue.Of(flag.Value),
                    StringValue s when bool.TryParse(s.Value, out var flag) => FilterValue.Of(flag),
                    _ => ScimProblem.InvalidFilter($"'{path}' is a boolean and cannot be compared with {Describe(value)}."),
                };
            case AttributeType.DateTime:
                if (substring) return ScimProblem.InvalidFilter($"'{path}' is a dateTime: compare it with eq, ne, gt, ge, lt or le.");
                return value is StringValue date && DateTimeOffset.TryParse(date.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
                    ? FilterValue.Of(instant)
                    : ScimProblem.InvalidFilter($"'{path}' is a dateTime and cannot be compared with {Describe(value)}; write e.g. \"2024-05-01T00:00:00Z\".");
            case AttributeType.Decimal or AttributeType.Integer:
                if (substring) return ScimProblem.InvalidFilter($"'{path}' is a number: compare it with eq, ne, gt, ge, lt or le.");
                return value is NumberValue number ? FilterValue.Of(number.Value) : ScimProblem.InvalidFilter($"'{path}' is a number and cannot be compared with {Describe(value)}.");
            case AttributeType.Complex:
                return ScimProblem.InvalidFilter($"'{path}' is complex: compare one of its sub-attributes.");
            default:
                return value switch
                {
                    StringValue s when s.Value.Contains('\0', StringComparison.Ordinal) => ScimProblem.InvalidFilter("The filter contains a NUL character."),
                    StringValue s => FilterValue.Of(s.Value),
                    NumberValue n => FilterValue.Of(n.Value.ToString(CultureInfo.InvariantCulture)),
                    _ => ScimProblem.InvalidFilter($"'{path}' is a string and cannot be compared with {Describe(value)}."),
                };
        }
    }

    private static string Describe(ComparisonValue value) => value switch
    {
        StringValue s => ScimProblem.Quote(s.Value),
        BooleanValue b => b.Value ? "true" : "false",
        NumberValue n => n.Value.ToString(CultureInfo.InvariantCulture),
        _ => "null",
    };

    private static FilterOperator Operator(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => FilterOperator.Equal,
        ComparisonOperator.NotEqual => FilterOperator.NotEqual,
        ComparisonOperator.Contains => FilterOperator.Contains,
        ComparisonOperator.StartsWith => FilterOperator.StartsWith,
        ComparisonOperator.EndsWith => FilterOperator.EndsWith,
        ComparisonOperator.GreaterThan => FilterOperator.GreaterThan,
        ComparisonOperator.GreaterThanOrEqual => FilterOperator.GreaterThanOrEqual,
        ComparisonOperator.LessThan => FilterOperator.LessThan,
        _ => FilterOperator.LessThanOrEqual,
    };
}
