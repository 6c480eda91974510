using System.Globalization;
using Platform.Api.Scim.Common.Filtering;
using Platform.Application.Directory.Users;

namespace Platform.Api.Scim.Common.Users;

/// <summary>
/// SCIM filter text → the neutral <see cref="UserFilter"/>: <c>eq</c> on userName, externalId, id, displayName,
/// emails(.value) and active, joined with <c>and</c>. Anything else — valid SCIM this server does not support, or
/// text that does not parse — is a 400 <c>invalidFilter</c>, never an empty list that a client would take for "no such user".
/// </summary>
public static class ScimUserFilterTranslator
{
    private const string Supported = "This server supports 'eq' on userName, externalId, id, displayName, emails and active, combined with 'and'.";

    public static (UserFilter? Filter, ScimProblem? Problem) Translate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (UserFilter.All, null);

        var parsed = ScimFilterParser.Parse(text);
        if (!parsed.IsSuccess) return (null, ScimProblem.InvalidFilter($"The filter could not be read: {parsed.Error.Message} {Supported}"));

        var conditions = new List<UserCondition>();
        var problem = Collect(parsed.Value, conditions);
        return problem is null ? (new UserFilter(conditions), null) : (null, problem);
    }

    private static ScimProblem? Collect(ScimFilter filter, List<UserCondition> conditions) => filter switch
    {
        LogicalFilter { Operator: LogicalOperator.And } and => Collect(and.Left, conditions) ?? Collect(and.Right, conditions),
        ComparisonFilter { Operator: ComparisonOperator.Equal } equal => Condition(equal.Path, equal.Value, conditions),
        ValuePathFilter { Filter: ComparisonFilter { Operator: ComparisonOperator.Equal } inner } valuePath
            when inner.Path.SubAttribute is null && inner.Path.Name.Equals("value", StringComparison.OrdinalIgnoreCase) =>
            Condition(valuePath.Path with { SubAttribute = "value" }, inner.Value, conditions),
        _ => ScimProblem.InvalidFilter($"The filter uses an operator or combination this server does not support. {Supported}"),
    };

    private static ScimProblem? Condition(AttributePath path, ComparisonValue value, List<UserCondition> conditions)
    {
        if (path.SchemaUrn is not null && !ScimUserSchemas.IsCore(path.SchemaUrn))
        {
            return ScimProblem.InvalidFilter($"Filtering on '{path}' is not supported. {Supported}");
        }

        UserFilterField? field = (path.Name.ToUpperInvariant(), path.SubAttribute?.ToUpperInvariant()) switch
        {
            ("USERNAME", null) => UserFilterField.UserName,
            ("EXTERNALID", null) => UserFilterField.ExternalId,
            ("ID", null) => UserFilterField.Id,
            ("DISPLAYNAME", null) => UserFilterField.DisplayName,
            ("EMAILS", null or "VALUE") => UserFilterField.Email,
            ("ACTIVE", null) => UserFilterField.Active,
            _ => null,
        };
        if (field is null) return ScimProblem.InvalidFilter($"Filtering on '{path}' is not supported. {Supported}");

        string? text = (field, value) switch
        {
            (UserFilterField.Active, BooleanValue flag) => flag.Value ? "true" : "false",
            (UserFilterField.Active, StringValue s) when bool.TryParse(s.Value, out var flag) => flag ? "true" : "false",
            (UserFilterField.Active, _) => null,
            (_, StringValue s) => s.Value,
            (_, NumberValue n) => n.Value.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        if (text is null) return ScimProblem.InvalidFilter($"'{path}' cannot be compared with that value.");

        conditions.Add(new UserCondition(field.Value, text));
        return null;
    }
}
