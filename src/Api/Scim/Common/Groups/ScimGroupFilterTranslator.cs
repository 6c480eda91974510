using Platform.Api.Scim.Common.Filtering;
using Platform.Application.Directory.Groups;
using Platform.Application.Directory.Schema;

namespace Platform.Api.Scim.Common.Groups;

/// <summary>SCIM filter text → <see cref="GroupFilter"/>: the whole grammar, with the <c>eq</c> lookups identity providers send on their fast path.</summary>
public static class ScimGroupFilterTranslator
{
    public static ScimResult<GroupFilter> Translate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return GroupFilter.All;
        var translated = ScimDirectoryFilterTranslator.Translate(text, DirectoryCatalogue.GroupType);
        return translated.IsSuccess ? GroupFilter.From(translated.Value) : translated.Problem;
    }
}
