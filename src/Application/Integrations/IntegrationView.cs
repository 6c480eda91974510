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

public static class IntegrationViewUsage
{
    /// <summary>Uses not yet flushed to the database are newer than what it holds.</summary>
    public static IntegrationView WithUsesInThisProcess(this IntegrationView view, IIntegrationUsage usage) =>
        usage.LastUsedInThisProcess(new IntegrationId(view.Id)) is { } recent && (view.LastUsedAt is null || recent > view.LastUsedAt)
            ? view with { LastUsedAt = recent }
            : view;
}

public sealed class IntegrationMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Integration, IntegrationView>()
            .Map(view => view.Id, integration => integration.Id.Value);
}
