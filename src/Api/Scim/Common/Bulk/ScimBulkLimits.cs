namespace Platform.Api.Scim.Common.Bulk;

/// <summary>
/// What one /Bulk request may hold: advertised under <c>bulk</c> in ServiceProviderConfig and enforced (413 over
/// either). A full request of small operations runs in a few seconds, well inside the request deadline.
/// </summary>
public static class ScimBulkLimits
{
    public const int MaxOperations = 1000;

    public const int MaxPayloadSize = 1024 * 1024;
}
