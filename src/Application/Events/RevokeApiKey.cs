using MapsterMapper;
using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Common;
using Platform.Domain.Events;
using Platform.Domain.Tenancy;

namespace Platform.Application.Events;

/// <summary>Revokes a key: it stops working with this commit. Revoking a revoked key changes nothing.</summary>
public sealed record RevokeApiKeyCommand(CompanyId CompanyId, string ApiKeyId, Actor Actor) : ICommand<Result<ApiKeyView>>, ITenantScoped;

public sealed class RevokeApiKeyHandler(IRepository<ApiKey> keys, IMapper mapper, TimeProvider clock) : ICommandHandler<RevokeApiKeyCommand, Result<ApiKeyView>>
{
    public async ValueTask<Result<ApiKeyView>> Handle(RevokeApiKeyCommand command, CancellationToken ct)
    {
        var key = ApiKeyId.TryParse(command.ApiKeyId, out var id) ? await keys.FirstOrDefaultAsync(new ApiKeyByIdSpec(command.CompanyId, id), ct) : null;
        if (key is null) return EventsErrors.ApiKeyNotFound(command.ApiKeyId);
        key.Revoke(command.Actor, clock.GetUtcNow());
        return mapper.Map<ApiKeyView>(key);
    }
}
