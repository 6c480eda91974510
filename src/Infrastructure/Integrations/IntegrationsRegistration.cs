using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Integrations;

namespace Platform.Infrastructure.Integrations;

internal static class IntegrationsRegistration
{
    public static IServiceCollection AddIntegrationsInfrastructure(this IServiceCollection services)
    {
        services.AddSingleton<IScimTokenVerifier, ScimTokenVerifier>();
        services.AddSingleton<IScimTokenIssuer, ScimTokenIssuer>();
        services.AddSingleton<IntegrationUsage>();
        services.AddSingleton<IIntegrationUsage>(sp => sp.GetRequiredService<IntegrationUsage>());
        services.AddHostedService<IntegrationUsageFlusher>();
        services.AddSingleton<IScimAuthenticationFailures, ScimAuthenticationFailureLog>();
        return services;
    }
}
