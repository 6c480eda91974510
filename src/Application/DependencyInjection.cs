using FluentValidation;
using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Common.Mapping;

namespace Platform.Application;

public static class DependencyInjection
{
    /// <summary>Validators and mappings. The mediator itself is registered by the composition root (the generator lives there).</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // Singletons: validators hold no state, and building one (its rules' expressions and accessors) cost about a
        // fifth of a create's CPU when it was built for every request (ADR 0013).
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);

        services.AddSingleton(ApplicationMappings.Config);
        services.AddSingleton<IMapper>(new Mapper(ApplicationMappings.Config));
        return services;
    }
}
