using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Application.Integrations;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Integrations;

internal static class IntegrationsRegistration
{
    public static IServiceCollection AddIntegrationsInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IScimTokenVerifier, ScimTokenVerifier>();
        services.AddSingleton<IScimTokenIssuer, ScimTokenIssuer>();
        AddClientCache(services, configuration);
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

    /// <summary>
    /// The verified-token cache. It serves only while <see cref="ScimCredentialListener"/> hears every other process's
    /// token changes through PostgreSQL; on SQLite there is no such channel, and the CLI's <c>integrations
    /// reset-token</c> is another process on the same file, so the cache stays off there (every token is checked
    /// against the database). <c>Scim:TokenCache:Enabled=false</c> turns it off on PostgreSQL too (e.g. behind a pooler
    /// that cannot carry LISTEN).
    /// </summary>
    private static void AddClientCache(IServiceCollection services, IConfiguration configuration)
    {
        var enabled = configuration.GetValue("Scim:TokenCache:Enabled", defaultValue: true);
        var postgres = configuration.GetValue<DatabaseProvider>($"{DatabaseSettings.SectionName}:{nameof(DatabaseSettings.Provider)}") != DatabaseProvider.Sqlite;
        services.AddSingleton(sp => new ScimClientCache(sp.GetRequiredService<TimeProvider>(), startSuspended: true));
        services.AddSingleton<IScimClientCache>(sp => sp.GetRequiredService<ScimClientCache>());
        services.AddSingleton<IInterceptor, ScimCredentialChanges>();
        if (postgres && enabled)
        {
            services.AddHostedService(sp => new ScimCredentialListener(
                sp.GetRequiredService<ScimClientCache>(),
                configuration.GetConnectionString("Platform")!,
                sp.GetRequiredService<ILogger<ScimCredentialListener>>()));
        }
    }
}
