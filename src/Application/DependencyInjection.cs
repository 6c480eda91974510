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
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, includeInternalTypes: true);

        services.AddSingleton(ApplicationMappings.Config);
        services.AddSingleton<IMapper>(new Mapper(ApplicationMappings.Config));
        return services;
    }
}
