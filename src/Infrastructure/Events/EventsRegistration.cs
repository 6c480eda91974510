using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Events;

namespace Platform.Infrastructure.Events;

internal static class EventsRegistration
{
    public static IServiceCollection AddEventsInfrastructure(this IServiceCollection services)
    {
        services.AddScoped<IChangeEventReader, ChangeEventReader>();
        services.AddSingleton<IApiKeyIssuer, ApiKeyIssuer>();
        return services;
    }
}
