using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Events;
using Platform.Application.Events.Webhooks;
using Platform.Infrastructure.Events.Webhooks;

namespace Platform.Infrastructure.Events;

internal static class EventsRegistration
{
    public static IServiceCollection AddEventsInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IChangeEventReader, ChangeEventReader>();
        services.AddSingleton<IApiKeyIssuer, ApiKeyIssuer>();

        services.Configure<WebhookSettings>(configuration.GetSection(WebhookSettings.SectionName));
        services.AddSingleton<WebhookAddressPolicy>();
        services.AddSingleton<IWebhookUrlGuard, WebhookUrlGuard>();
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<IWebhookSecrets>(sp => sp.GetRequiredService<WebhookSecrets>());
        services.AddSingleton<IWebhookSender, WebhookSender>();
        services.AddScoped<WebhookDeliveryStore>();
        if (configuration.GetValue($"{WebhookSettings.SectionName}:{nameof(WebhookSettings.Enabled)}", true)) services.AddHostedService<WebhookDispatcher>();
        return services;
    }
}
