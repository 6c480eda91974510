using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Events;

/// <summary>
/// A company's key for a service that follows the directory: it grants reading the company's events, nothing else.
/// Only its hash and a masked hint are kept; the key itself exists only in the answer that created it. Revoking is
/// final: the key stops working with that commit.
/// </summary>
public sealed class ApiKey : AggregateRoot
{
    public const int NameMaxLength = 100;

    // For EF Core materialisation.
    private ApiKey()
    {
        Name = KeyHint = CreatedBy = string.Empty;
        KeyHash = [];
    }

    private ApiKey(CompanyId companyId, string name, ApiKeyDigest digest, Actor actor, DateTimeOffset now)
    {
        CompanyId = companyId;
        Id = ApiKeyId.New();
        Name = name;
        KeyHash = digest.Hash;
        KeyHint = digest.Hint;
        CreatedBy = actor.DisplayName.Length <= 200 ? actor.DisplayName : actor.DisplayName[..200];
        CreatedAt = now;
    }

    public CompanyId CompanyId { get; private set; }

    public ApiKeyId Id { get; private set; }

    public string Name { get; private set; }

    public byte[] KeyHash { get; private set; }

    public string KeyHint { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public static ApiKey Create(CompanyId companyId, string name, ApiKeyDigest digest, Actor actor, DateTimeOffset now)
    {
        var key = new ApiKey(companyId, name.Trim(), digest, actor, now);
        key.Raise(new ApiKeyCreated(companyId, key.Id, key.Name, actor));
        return key;
    }

    public void Revoke(Actor actor, DateTimeOffset now)
    {
        if (IsRevoked) return;
        RevokedAt = now;
        Raise(new ApiKeyRevoked(CompanyId, Id, Name, actor));
    }
}
