using Platform.Domain.Tenancy;

namespace Platform.Domain.Directory.Extensions;

/// <summary>
/// A custom schema extension a company's client has written (an Okta org's <c>urn:okta:…</c> object), remembered so that
/// <c>/Schemas</c> can list it for that company. <see cref="Attributes"/> is a JSON object of the attribute names seen,
/// each with the type inferred from its values (<c>{"costCode":{"type":"string","multiValued":false}}</c>).
/// </summary>
public sealed class SeenExtension
{
    public const int UrnMaxLength = 512;

    public SeenExtension(CompanyId companyId, string resourceType, string urn, string attributes, DateTimeOffset firstSeenAt)
    {
        CompanyId = companyId;
        ResourceType = resourceType;
        Urn = urn;
        Attributes = attributes;
        FirstSeenAt = firstSeenAt;
    }

    public CompanyId CompanyId { get; private set; }

    /// <summary>The SCIM resource type it extends: <c>User</c> or <c>Group</c>.</summary>
    public string ResourceType { get; private set; }

    public string Urn { get; private set; }

    public string Attributes { get; private set; }

    public DateTimeOffset FirstSeenAt { get; private set; }

    public void SetAttributes(string attributes) => Attributes = attributes;
}
