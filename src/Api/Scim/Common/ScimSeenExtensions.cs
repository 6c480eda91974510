using Platform.Application.Directory.Extensions;

namespace Platform.Api.Scim.Common;

/// <summary>After a successful write, remembers the custom extensions it carried for the company's <c>/Schemas</c>; free when already known.</summary>
public static class ScimSeenExtensions
{
    /// <param name="customExtensions">A profile's custom extension objects: a JSON object keyed by URN.</param>
    public static ValueTask NoteAsync(HttpContext http, string resourceType, string? customExtensions, CancellationToken ct) =>
        customExtensions is null
            ? ValueTask.CompletedTask
            : http.RequestServices.GetRequiredService<ISeenExtensions>().NoteAsync(ScimAuthenticationFilter.ClientOf(http).CompanyId, resourceType, customExtensions, ct);
}
