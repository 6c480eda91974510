using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Composition;
using Platform.Application.Common.Behaviors;

namespace Platform.ArchitectureTests;

/// <summary>
/// Checks what the generated <c>AddMediator</c> actually registers, through the composition root's
/// <see cref="MediatorRegistration.AddPlatformMediator"/>. The generator only sees the assemblies named inline in
/// that call: a message or handler declared anywhere else compiles, is not registered, and fails at run time
/// (requests) or is silently dropped (notifications). These tests make both visible.
/// </summary>
public sealed class MediatorRegistrationTests
{
    private static readonly IServiceCollection Registrations = new ServiceCollection().AddPlatformMediator();

    private static readonly Type[] ProductionTypes =
        [.. new[] { Assemblies.Domain, Assemblies.Application, Assemblies.Infrastructure, Assemblies.Api }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false })];

    /// <summary>Message interface → handler interface; <c>ICommand</c> is <c>ICommand&lt;Unit&gt;</c>, so it is covered.</summary>
    private static readonly Dictionary<Type, Type> HandlerFor = new()
    {
        [typeof(ICommand<>)] = typeof(ICommandHandler<,>),
        [typeof(IQuery<>)] = typeof(IQueryHandler<,>),
        [typeof(IRequest<>)] = typeof(IRequestHandler<,>),
        [typeof(IStreamCommand<>)] = typeof(IStreamCommandHandler<,>),
        [typeof(IStreamQuery<>)] = typeof(IStreamQueryHandler<,>),
        [typeof(IStreamRequest<>)] = typeof(IStreamRequestHandler<,>),
    };

    [Fact]
    public void CommandsAndQueries_EachHaveARegisteredHandler()
    {
        var expected = Implementations([.. HandlerFor.Keys])
            .Select(m => HandlerFor[m.Contract.GetGenericTypeDefinition()].MakeGenericType(m.Type, m.Contract.GetGenericArguments()[0]))
            .ToList();

        Assert.NotEmpty(expected);
        var missing = expected.Where(handler => !IsRegistered(handler)).Select(Describe).ToList();
        Assert.True(missing.Count == 0, "No handler registered for: " + string.Join(", ", missing));
    }

    /// <summary>
    /// Every notification type must be known to the mediator, or <c>Publish</c> is a silent no-op. A domain event
    /// nobody listens to yet is legitimate, so this does not demand a handler (see docs/architecture.md).
    /// </summary>
    [Fact]
    public void Notifications_AreKnownToTheMediator()
    {
        var wrapper = Assemblies.Api.GetType("Mediator.Internals.NotificationHandlerWrapper`1", throwOnError: true)!;
        var notifications = ProductionTypes.Where(type => typeof(INotification).IsAssignableFrom(type)).ToList();

        Assert.NotEmpty(notifications);
        var unknown = notifications.Where(n => !IsRegistered(wrapper.MakeGenericType(n))).Select(n => n.FullName).ToList();
        Assert.True(unknown.Count == 0, "Not registered with the mediator: " + string.Join(", ", unknown));
    }

    /// <summary>Every notification handler that exists is registered, once per notification it handles.</summary>
    [Fact]
    public void NotificationHandlers_AreAllRegistered()
    {
        var handled = Implementations(typeof(INotificationHandler<>)).GroupBy(h => h.Contract, h => h.Type).ToList();

        Assert.NotEmpty(handled);
        var missing = handled
            .Where(group => Registrations.Count(d => d.ServiceType == group.Key) != group.Count()
                || group.Any(handler => !IsRegistered(handler)))
            .Select(group => $"{Describe(group.Key)} ({string.Join(", ", group.Select(h => h.Name))})")
            .ToList();
        Assert.True(missing.Count == 0, "Notification handlers not (all) registered: " + string.Join(", ", missing));
    }

    /// <summary>
    /// The generator closes a behaviour only over messages that satisfy its generic constraints, silently. A command
    /// whose response is not a <c>Result</c> would skip validation and, worse, the unit of work: nothing it changed
    /// would be saved. So every command must get logging → validation → unit of work, in that order, and every query
    /// logging → validation and no unit of work.
    /// </summary>
    [Fact]
    public void CommandsAndQueries_RunThroughTheirPipelineInOrder()
    {
        var wrong = (
            from message in Implementations(typeof(ICommand<>), typeof(IQuery<>))
            let response = message.Contract.GetGenericArguments()[0]
            let expected = message.Contract.GetGenericTypeDefinition() == typeof(ICommand<>)
                ? new[] { typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>) }
                : new[] { typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>) }
            let actual = Registrations
                .Where(d => d.ServiceType == typeof(IPipelineBehavior<,>).MakeGenericType(message.Type, response))
                .Select(d => d.ImplementationType!.GetGenericTypeDefinition())
                .ToList()
            where !actual.SequenceEqual(expected)
            select $"{message.Type.Name} gets [{string.Join(" → ", actual.Select(Describe))}]").ToList();

        Assert.True(wrong.Count == 0, "Wrong pipeline: " + string.Join("; ", wrong));
    }

    /// <summary>Each production type with each closed form of the given open interfaces that it implements.</summary>
    private static IEnumerable<(Type Type, Type Contract)> Implementations(params Type[] openContracts) =>
        from type in ProductionTypes
        from contract in type.GetInterfaces()
        where contract.IsGenericType && openContracts.Contains(contract.GetGenericTypeDefinition())
        select (type, contract);

    private static bool IsRegistered(Type serviceType) => Registrations.Any(d => d.ServiceType == serviceType);

    private static string Describe(Type type) =>
        !type.IsGenericType ? type.Name
        : type.IsGenericTypeDefinition ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]
        : $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>";
}
