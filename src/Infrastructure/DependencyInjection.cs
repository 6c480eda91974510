using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Common.Throttling;
using Platform.Infrastructure.Common;
using Platform.Infrastructure.Directory;
using Platform.Infrastructure.Events;
using Platform.Infrastructure.Integrations;
using Platform.Infrastructure.Persistence;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPersistence(configuration);
        services.AddSingleton<TimeProvider, DatabasePrecisionClock>();
        services.AddSingleton<IRateSpendLedger, RateSpendLedger>();
        services.AddTenancyInfrastructure();
        services.AddIntegrationsInfrastructure(configuration);
        services.AddDirectoryInfrastructure();
        services.AddEventsInfrastructure(configuration);
        return services;
    }
}
