using Platform.Api.Scim.Common.Filtering;
using Platform.Application.Directory.Groups;

namespace Platform.Api.Scim.Common.Groups;

/// <summary>SCIM filter text → <see cref="GroupFilter"/>: <c>eq</c> on displayName (any case), externalId, id and members(.value), joined with <c>and</c>.</summary>
public static class ScimGroupFilterTranslator
{
    private const string Supported = "This server supports 'eq' on displayName, externalId, id and members.value, combined with 'and'.";

    public static (GroupFilter? Filter, ScimProblem? Problem) Translate(string? text)
    {
        var (read, problem) = ScimEqualityConditions.Read(text, Supported);
        if (problem is not null) return (null, problem);
        if (read!.Count == 0) return (GroupFilter.All, null);

        var conditions = new List<GroupCondition>();
        foreach (var (path, value) in read)
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
            if (field is null) return (null, ScimProblem.InvalidFilter($"Filtering on '{path}' is not supported. {Supported}"));

            var comparedWith = ScimEqualityConditions.AsText(value);
            if (comparedWith is null) return (null, ScimProblem.InvalidFilter($"'{path}' cannot be compared with that value."));
            conditions.Add(new GroupCondition(field.Value, comparedWith));
        }

        return (new GroupFilter(conditions), null);
    }
}
