using Platform.Api.Scim.Common.Filtering;
using Platform.Application.Directory.Filtering;
using Platform.Application.Directory.Schema;

namespace Platform.Api.Scim.Common;

/// <summary>
/// <c>sortBy</c> and <c>sortOrder</c> (RFC 7644 §3.4.2.3) → a <see cref="DirectorySort"/>: any singular attribute or
/// sub-attribute, or a multi-valued one (its primary value, else its first). <c>ascending</c> unless told otherwise;
/// an attribute that cannot be sorted by, or another order, is a 400 <c>invalidValue</c>.
/// </summary>
public static class ScimSorting
{
    /// <summary>The sort, or null (no <c>sortBy</c>: the server's own order, by id).</summary>
    public static ScimResult<SortChoice> Read(string? sortBy, string? sortOrder, ResourceType type)
    {
        var descending = false;
        if (sortOrder is not null)
        {
            if (sortOrder.Equals("descending", StringComparison.OrdinalIgnoreCase)) descending = true;
            else if (!sortOrder.Equals("ascending", StringComparison.OrdinalIgnoreCase)) return ScimProblem.InvalidValue("sortOrder must be ascending or descending.");
        }

        if (sortBy is null) return new SortChoice(null);
        var path = ScimFilterReader.Read(sortBy.Trim(), "sortBy", "invalidValue", reader => reader.ReadAttributePath() is { } read && reader.ExpectEnd("the end of sortBy") ? read : null);
        if (!path.IsSuccess) return path.Problem;
        var resolved = ScimDirectoryFilterTranslator.Resolve(path.Value, type);
        if (!resolved.IsSuccess) return ScimProblem.InvalidValue(resolved.Problem.Detail);

        var attribute = resolved.Value;
        if (attribute.Resolved is { Sub: null, Attribute.MultiValued: true } && attribute.Resolved.Attribute.SubAttribute("value") is { } value)
        {
            attribute = new FilterAttribute(attribute.Resolved with { Sub = value }, attribute.ExtensionUrn);
        }

        return FilterSupport.WhyNotSortable(attribute) is { } why ? ScimProblem.InvalidValue(why) : new SortChoice(new DirectorySort(attribute, descending));
    }

    /// <summary>A sort or none (a result must hold a value).</summary>
    public sealed record SortChoice(DirectorySort? Sort);
}
