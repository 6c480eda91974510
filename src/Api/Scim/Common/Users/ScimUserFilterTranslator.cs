using Platform.Api.Scim.Common.Filtering;
using Platform.Application.Directory.Schema;
using Platform.Application.Directory.Users;

namespace Platform.Api.Scim.Common.Users;

/// <summary>
/// SCIM filter text → the neutral <see cref="UserFilter"/>: the whole grammar through
/// <see cref="ScimDirectoryFilterTranslator"/>, the <c>eq</c> lookups identity providers send kept on their own fast path.
/// </summary>
public static class ScimUserFilterTranslator
{
    public static ScimResult<UserFilter> Translate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return UserFilter.All;
        var translated = ScimDirectoryFilterTranslator.Translate(text, DirectoryCatalogue.UserType);
        return translated.IsSuccess ? UserFilter.From(translated.Value) : translated.Problem;
    }
}
