using Mapster;
using Platform.Domain.Integrations;

namespace Platform.Application.Integrations;

/// <summary>An integration as admins see it: never the token, only its masked hint.</summary>
public sealed record IntegrationView(
    Guid Id,
    IntegrationKind Kind,
    string TokenHint,
    DateTimeOffset CreatedAt,
    DateTimeOffset TokenIssuedAt,
    DateTimeOffset? TokenRotatedAt,
    DateTimeOffset? LastUsedAt);

/// <summary>The answer to add and reset: the view plus the token in clear, which is never available again.</summary>
public sealed record IssuedIntegrationToken(IntegrationView Integration, string Token);

public sealed class IntegrationMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Integration, IntegrationView>()
            .Map(view => view.Id, integration => integration.Id.Value);
}
