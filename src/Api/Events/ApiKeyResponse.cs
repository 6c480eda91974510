using Platform.Application.Events;

namespace Platform.Api.Events;

/// <param name="Key">Only in the answer that created the key; never again.</param>
public sealed record ApiKeyResponse(Guid Id, string Name, string KeyHint, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, bool Revoked, string? Key)
{
    public static ApiKeyResponse From(ApiKeyView view) => From(view, null);

    public static ApiKeyResponse From(ApiKeyView view, string? key) =>
        new(view.Id, view.Name, view.KeyHint, view.CreatedBy, view.CreatedAt, view.RevokedAt, view.RevokedAt is not null, key);
}
