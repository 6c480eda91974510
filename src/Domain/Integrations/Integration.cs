using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Integrations;

/// <summary>
/// A connection from an identity provider to one company, authenticated by one SCIM token. Only the token's hash
/// and a masked hint are kept: the token itself exists only in the response that issued it.
/// </summary>
public sealed class Integration : AggregateRoot
{
    // For EF Core materialisation.
    private Integration()
    {
        TokenHash = [];
        TokenHint = string.Empty;
    }

    private Integration(CompanyId companyId, IntegrationId id, IntegrationKind kind, ScimTokenDigest tokenDigest, DateTimeOffset createdAt)
    {
        CompanyId = companyId;
        Id = id;
        Kind = kind;
        TokenHash = tokenDigest.Hash;
        TokenHint = tokenDigest.Hint;
        CreatedAt = createdAt;
        TokenIssuedAt = createdAt;
    }

    public CompanyId CompanyId { get; private set; }

    public IntegrationId Id { get; private set; }

    public IntegrationKind Kind { get; private set; }

    public byte[] TokenHash { get; private set; }

    public string TokenHint { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset TokenIssuedAt { get; private set; }

    public DateTimeOffset? TokenRotatedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public static Integration Create(CompanyId companyId, IntegrationKind kind, ScimTokenDigest tokenDigest, Actor actor, DateTimeOffset now)
    {
        var integration = new Integration(companyId, IntegrationId.New(), kind, tokenDigest, now);
        integration.Raise(new IntegrationAdded(companyId, integration.Id, kind, actor));
        return integration;
    }

    /// <summary>Replaces the token: the old one stops working with this commit. No directory data is touched.</summary>
    public void RotateToken(ScimTokenDigest tokenDigest, Actor actor, DateTimeOffset now)
    {
        TokenHash = tokenDigest.Hash;
        TokenHint = tokenDigest.Hint;
        TokenIssuedAt = now;
        TokenRotatedAt = now;
        Raise(new IntegrationTokenRotated(CompanyId, Id, Kind, actor));
    }
}
