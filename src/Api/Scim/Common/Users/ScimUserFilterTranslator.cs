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

    public static ScimResult<UserFilter> Translate(string? text)
    {
        var read = ScimEqualityConditions.Read(text, Supported);
        if (!read.IsSuccess) return read.Problem;
        if (read.Value.Count == 0) return UserFilter.All;

        var conditions = new List<UserCondition>();
        foreach (var (path, value) in read.Value)
        {
            var field = FieldOf(path);
            if (field is null) return ScimProblem.InvalidFilter($"Filtering on '{path}' is not supported. {Supported}");

            var comparedWith = field == UserFilterField.Active ? BooleanText(value) : ScimEqualityConditions.AsText(value);
            if (comparedWith is null) return ScimProblem.InvalidFilter($"'{path}' cannot be compared with that value.");
            conditions.Add(new UserCondition(field.Value, comparedWith));
        }

        return new UserFilter(conditions);
    }

    private static UserFilterField? FieldOf(AttributePath path) =>
        path.SchemaUrn is not null && !ScimUserSchemas.IsCore(path.SchemaUrn)
            ? null
            : (path.Name.ToUpperInvariant(), path.SubAttribute?.ToUpperInvariant()) switch
            {
                ("USERNAME", null) => UserFilterField.UserName,
                ("EXTERNALID", null) => UserFilterField.ExternalId,
                ("ID", null) => UserFilterField.Id,
                ("DISPLAYNAME", null) => UserFilterField.DisplayName,
                ("EMAILS", null or "VALUE") => UserFilterField.Email,
                ("ACTIVE", null) => UserFilterField.Active,
                _ => null,
            };

    private static string? BooleanText(ComparisonValue value) => value switch
    {
        BooleanValue flag => flag.Value ? "true" : "false",
        StringValue s when bool.TryParse(s.Value, out var flag) => flag ? "true" : "false",
        _ => null,
    };
}
