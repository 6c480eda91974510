using NetArchTest.Rules;

namespace Platform.ArchitectureTests;

/// <summary>
/// Dependencies point inward: Api → Infrastructure → Application → Domain. Dependency names are whole namespace
/// segments and must not end with a dot (a trailing dot never matches, and the rule would pass vacuously).
/// </summary>
public sealed class LayerTests
{
    [Fact]
    public void Domain_DependsOnNothingOutward() => ArchAssert.Holds(
        "Domain may use only the BCL and Mediator.Abstractions (domain events are notifications).",
        Types.InAssembly(Assemblies.Domain)
            .ShouldNot()
            .HaveDependencyOnAny(
                "Platform.Application",
                "Platform.Infrastructure",
                "Platform.Api",
                "Microsoft.EntityFrameworkCore",
                "Microsoft.AspNetCore",
                "Npgsql",
                "FluentValidation",
                "Mapster",
                "MapsterMapper")
            .GetResult());

    [Fact]
    public void Application_DoesNotDependOnInfrastructureApiEfCoreOrAspNetCore() => ArchAssert.Holds(
        "Application talks to persistence and the outside world only through its own interfaces.",
        Types.InAssembly(Assemblies.Application)
            .ShouldNot()
            .HaveDependencyOnAny(
                "Platform.Infrastructure",
                "Platform.Api",
                "Microsoft.EntityFrameworkCore",
                "Microsoft.Data.Sqlite",
                "Npgsql",
                "Microsoft.AspNetCore")
            .GetResult());

    /// <summary>
    /// Only the composition root (<c>Platform.Api.Composition</c> and <c>Program</c>) wires Infrastructure in;
    /// endpoints, filters, SCIM dialects and CLI verbs see Application only. The code the Mediator generator emits
    /// (namespaces <c>Mediator</c> and <c>Microsoft.Extensions.DependencyInjection</c>) comes from the AddMediator
    /// call in the composition root and is outside <c>Platform.Api.</c>.
    /// </summary>
    [Fact]
    public void Api_OutsideCompositionRoot_DoesNotDependOnInfrastructure() => ArchAssert.Holds(
        "Api code outside the composition root must not use Infrastructure.",
        Types.InAssembly(Assemblies.Api)
            .That().ResideInNamespace("Platform.Api.")
            .And().DoNotResideInNamespace("Platform.Api.Composition.")
            .And().DoNotHaveName(nameof(Platform.Api.Program))
            .ShouldNot().HaveDependencyOn("Platform.Infrastructure")
            .GetResult());
}
