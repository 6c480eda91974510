using FluentValidation;
using Mapster;
using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Application;

public static class DependencyInjection
{
    /// <summary>Validators and mappings. The mediator itself is registered by the composition root (the generator lives there).</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, includeInternalTypes: true);

        var config = new TypeAdapterConfig();
        config.Scan(typeof(DependencyInjection).Assembly);
        config.Compile();
        services.AddSingleton(config);
        services.AddSingleton<IMapper>(new Mapper(config));
        return services;
    }
}
