using Platform.Api.Scim.Common.Filtering;
using Platform.Application.Directory.Groups;

namespace Platform.Api.Scim.Common.Groups;

/// <summary>SCIM filter text → <see cref="GroupFilter"/>: <c>eq</c> on displayName (any case), externalId, id and members(.value), joined with <c>and</c>.</summary>
public static class ScimGroupFilterTranslator
{
    private const string Supported = "This server supports 'eq' on displayName, externalId, id and members.value, combined with 'and'.";

    public static ScimResult<GroupFilter> Translate(string? text)
    {
        var read = ScimEqualityConditions.Read(text, Supported);
        if (!read.IsSuccess) return read.Problem;
        if (read.Value.Count == 0) return GroupFilter.All;

        var conditions = new List<GroupCondition>();
        foreach (var (path, value) in read.Value)
        {
            GroupFilterField? field = path.SchemaUrn is not null && !ScimGroupSchemas.IsCore(path.SchemaUrn)
                ? null
                : (path.Name.ToUpperInvariant(), path.SubAttribute?.ToUpperInvariant()) switch
                {
                    ("DISPLAYNAME", null) => GroupFilterField.DisplayName,
                    ("EXTERNALID", null) => GroupFilterField.ExternalId,
                    ("ID", null) => GroupFilterField.Id,
                    ("MEMBERS", null or "VALUE") => GroupFilterField.Member,
                    _ => null,
                };
            if (field is null) return ScimProblem.InvalidFilter($"Filtering on '{path}' is not supported. {Supported}");

            var comparedWith = ScimEqualityConditions.AsText(value);
            if (comparedWith is null) return ScimProblem.InvalidFilter($"'{path}' cannot be compared with that value.");
            conditions.Add(new GroupCondition(field.Value, comparedWith));
        }

        return new GroupFilter(conditions);
    }
}
