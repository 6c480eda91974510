using Mediator;
using Platform.Application.Common.Behaviors;

namespace Platform.Api.Composition;

public static class MediatorRegistration
{
    /// <summary>
    /// The only AddMediator call. The generator reads this lambda at compile time: the assembly list must stay inline,
    /// and it must name every assembly that declares messages (Domain declares the domain events).
    /// Behaviours, outermost first: logging, validation, unit of work.
    /// </summary>
    public static IServiceCollection AddPlatformMediator(this IServiceCollection services) =>
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(Platform.Domain.Common.AggregateRoot), typeof(Platform.Application.DependencyInjection)];
            options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
        });
}
