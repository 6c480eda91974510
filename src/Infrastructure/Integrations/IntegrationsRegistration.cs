using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Integrations;

namespace Platform.Infrastructure.Integrations;

internal static class IntegrationsRegistration
{
    public static IServiceCollection AddIntegrationsInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IScimTokenVerifier, ScimTokenVerifier>();
        services.AddSingleton<IScimTokenIssuer, ScimTokenIssuer>();
        services.AddSingleton<IntegrationUsage>();
        services.AddSingleton<IIntegrationUsage>(sp => sp.GetRequiredService<IntegrationUsage>());
        services.AddHostedService<IntegrationUsageFlusher>();

        services.Configure<RequestLogSettings>(configuration.GetSection(RequestLogSettings.SectionName));
        services.AddSingleton<ScimRequestWriter>();
        services.AddSingleton<IScimRequestLog>(sp => sp.GetRequiredService<ScimRequestWriter>());
        services.AddHostedService(sp => sp.GetRequiredService<ScimRequestWriter>());
        services.AddSingleton<ScimRequestPruner>();
        services.AddHostedService(sp => sp.GetRequiredService<ScimRequestPruner>());
        return services;
    }
}
