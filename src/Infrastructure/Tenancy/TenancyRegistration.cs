using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Common.Security;
using Platform.Application.Tenancy;

namespace Platform.Infrastructure.Tenancy;

internal static class TenancyRegistration
{
    public static IServiceCollection AddTenancyInfrastructure(this IServiceCollection services)
    {
        services.AddSingleton<IPasswordGenerator, PasswordGenerator>();
        services.AddSingleton<IPasswordHasher, PasswordHasherAdapter>();
        services.AddScoped<IAccountLocks, AccountLocks>();
        return services;
    }
}
