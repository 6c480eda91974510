using Platform.Api.Scim.Common.Filtering;

namespace Platform.Api.Scim.Common.Patching;

/// <summary>
/// The target of a PATCH operation (RFC 7644 §3.5.2). For <c>emails[type eq "work"].value</c>,
/// <see cref="Attribute"/> is <c>emails.value</c> and <see cref="ValueFilter"/> picks which elements of the
/// multi-valued <c>emails</c> are meant; without a filter the path is the attribute itself.
/// </summary>
/// <param name="ValueFilter">Selects elements of <c>Attribute.Name</c>; its paths are relative to one element.</param>
public sealed record PatchPath(AttributePath Attribute, ScimFilter? ValueFilter = null);
