using FluentValidation;
using Mediator;
using Mono.Cecil;
using NetArchTest.Rules;

namespace Platform.ArchitectureTests;

/// <summary>One use case, one file: XCommand/XQuery (sealed record), XValidator, XHandler.</summary>
public sealed class NamingTests
{
    private static readonly System.Reflection.Assembly[] All =
        [Assemblies.Domain, Assemblies.Application, Assemblies.Infrastructure, Assemblies.Api];

    [Fact]
    public void Commands_EndWithCommand() => ArchAssert.Holds(
        "Types implementing ICommand or ICommand<T> are named ...Command.",
        Messages(typeof(IBaseCommand)),
        s => s.Should().HaveNameEndingWith("Command"));

    [Fact]
    public void Queries_EndWithQuery() => ArchAssert.Holds(
        "Types implementing IQuery<T> are named ...Query.",
        Messages(typeof(IBaseQuery)),
        s => s.Should().HaveNameEndingWith("Query"));

    [Fact]
    public void CommandAndQueryHandlers_EndWithHandler() => ArchAssert.Holds(
        "Command and query handlers are named ...Handler.",
        Types.InAssemblies(All)
            .That().ImplementInterface(typeof(ICommandHandler<,>))
            .Or().ImplementInterface(typeof(IQueryHandler<,>)),
        s => s.Should().HaveNameEndingWith("Handler"));

    [Fact]
    public void Validators_EndWithValidator() => ArchAssert.Holds(
        "FluentValidation validators are named ...Validator.",
        Types.InAssemblies(All)
            .That().Inherit(typeof(AbstractValidator<>)),
        s => s.Should().HaveNameEndingWith("Validator"));

    [Fact]
    public void CommandsAndQueries_AreSealedRecords() => ArchAssert.Holds(
        "Commands and queries are sealed records: immutable, compared by value, never subclassed.",
        Types.InAssemblies(All)
            .That().ImplementInterface(typeof(IBaseCommand)).And().AreNotAbstract()
            .Or().ImplementInterface(typeof(IBaseQuery)).And().AreNotAbstract(),
        s => s.Should().BeSealed().And().MeetCustomRule(new IsRecord()));

    /// <summary>Concrete message types; interfaces and abstract bases that extend a message interface are skipped.</summary>
    private static PredicateList Messages(Type messageInterface) =>
        Types.InAssemblies(All).That().ImplementInterface(messageInterface).And().AreNotAbstract();

    /// <summary>
    /// A record class has the compiler's <c>&lt;Clone&gt;$</c> method, which no hand-written class can declare; a
    /// record struct has a compiler-generated <c>PrintMembers</c>.
    /// </summary>
    private sealed class IsRecord : ICustomRule
    {
        public bool MeetsRule(TypeDefinition type) =>
            type.Methods.Any(m => m.Name == "<Clone>$")
            || (type.IsValueType && type.Methods.Any(m => m.Name == "PrintMembers" && m.CustomAttributes.Any(
                a => a.AttributeType.FullName == "System.Runtime.CompilerServices.CompilerGeneratedAttribute")));
    }
}
