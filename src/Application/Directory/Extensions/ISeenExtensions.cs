using Platform.Domain.Directory.Extensions;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Extensions;

/// <summary>
/// The custom schema extensions each company's clients have written, for <c>/Schemas</c>. Noting extensions already
/// known in the same shape costs no database round trip (Okta sends its custom object on every write).
/// </summary>
public interface ISeenExtensions
{
    /// <summary>Remembers the extension objects in <paramref name="customExtensions"/> (a profile's JSON object keyed by URN).</summary>
    ValueTask NoteAsync(CompanyId companyId, string resourceType, string? customExtensions, CancellationToken ct);

    Task<IReadOnlyList<SeenExtension>> ListAsync(CompanyId companyId, CancellationToken ct);
}
