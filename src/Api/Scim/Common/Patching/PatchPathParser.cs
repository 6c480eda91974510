using Platform.Api.Scim.Common.Filtering;

namespace Platform.Api.Scim.Common.Patching;

/// <summary>
/// Reads a PatchOp <c>path</c>: <c>attr</c>, <c>attr.sub</c>, either after a schema URN (whose own dots and colons,
/// as in <c>…:enterprise:2.0:User:manager.value</c>, end at the last ':'), <c>attr[filter]</c> and
/// <c>attr[filter].sub</c>. A path that is only a URN, such as <c>…:enterprise:2.0:User</c>, reads as attribute
/// <c>User</c> in schema <c>…:enterprise:2.0</c>; endpoints that accept whole-extension paths must recognise that.
/// Failures are answered with 400 <c>invalidPath</c>.
/// </summary>
public static class PatchPathParser
{
    public static ScimResult<PatchPath> Parse(string? path) => ScimFilterReader.Read(path, "path", "invalidPath", ReadPath);

    private static PatchPath? ReadPath(ScimFilterReader reader)
    {
        var attribute = reader.ReadAttributePath();
        if (attribute is null) return null;

        ScimFilter? valueFilter = null;
        if (reader.IsAt('['))
        {
            valueFilter = reader.ReadValueFilter(attribute);
            if (valueFilter is null) return null;
            if (reader.TryRead('.'))
            {
                var subAttribute = reader.ReadSubAttribute();
                if (subAttribute is null) return null;
                attribute = attribute with { SubAttribute = subAttribute };
            }
        }

        return reader.ExpectEnd("the end of the path") ? new PatchPath(attribute, valueFilter) : null;
    }
}
