using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Common.Security;

namespace Platform.Infrastructure.Tenancy;

internal static class TenancyRegistration
{
    public static IServiceCollection AddTenancyInfrastructure(this IServiceCollection services)
    {
        services.AddSingleton<IPasswordGenerator, PasswordGenerator>();
        services.AddSingleton<IPasswordHasher, PasswordHasherAdapter>();
        return services;
    }
}
