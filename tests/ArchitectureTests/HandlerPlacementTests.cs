using Mediator;
using NetArchTest.Rules;

namespace Platform.ArchitectureTests;

/// <summary>
/// Handlers live in Application only. That keeps the generator's assembly list at Domain + Application: a handler
/// anywhere else would compile and then be silently skipped, because only listed assemblies are scanned.
/// </summary>
public sealed class HandlerPlacementTests
{
    public static TheoryData<Type> HandlerInterfaces =>
    [
        typeof(ICommandHandler<,>),
        typeof(ICommandHandler<>),
        typeof(IQueryHandler<,>),
        typeof(INotificationHandler<>),
        typeof(IRequestHandler<,>),
        typeof(IRequestHandler<>),
        typeof(IStreamCommandHandler<,>),
        typeof(IStreamQueryHandler<,>),
        typeof(IStreamRequestHandler<,>),
    ];

    [Theory]
    [MemberData(nameof(HandlerInterfaces))]
    public void Handlers_LiveOnlyInApplication(Type handlerInterface) => ArchAssert.Holds(
        $"Only Platform.Application may implement {handlerInterface.Name}.",
        Types.InAssemblies([Assemblies.Domain, Assemblies.Infrastructure, Assemblies.Api]).That().ResideInNamespace("Platform."),
        s => s.ShouldNot().ImplementInterface(handlerInterface));
}
