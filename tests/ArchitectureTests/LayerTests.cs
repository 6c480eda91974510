using NetArchTest.Rules;

namespace Platform.ArchitectureTests;

/// <summary>Dependencies point inward: Api → Infrastructure → Application → Domain.</summary>
public sealed class LayerTests
{
    [Fact]
    public void Domain_DependsOnNothingOutward() => ArchAssert.Holds(
        "Domain may use only the BCL and Mediator.Abstractions (domain events are notifications).",
        Types.InAssembly(Assemblies.Domain).That().ResideInNamespace("Platform.Domain."),
        s => s.ShouldNot().HaveDependencyOnAny(
            "Platform.Application",
            "Platform.Infrastructure",
            "Platform.Api",
            "Microsoft.EntityFrameworkCore",
            "Microsoft.AspNetCore",
            "Npgsql",
            "FluentValidation",
            "Mapster",
            "MapsterMapper"));

    /// <summary>
    /// Application talks to persistence and the outside world only through its own interfaces, and reads client
    /// JSON only through Domain value types: editing a client's JSON document is the Api edge's job.
    /// </summary>
    [Fact]
    public void Application_DoesNotDependOnInfrastructureApiEfCoreAspNetCoreOrJsonNodes() => ArchAssert.Holds(
        "Application talks to persistence and the outside world only through its own interfaces.",
        Types.InAssembly(Assemblies.Application).That().ResideInNamespace("Platform.Application."),
        s => s.ShouldNot().HaveDependencyOnAny(
            "Platform.Infrastructure",
            "Platform.Api",
            "Microsoft.EntityFrameworkCore",
            "Microsoft.Data.Sqlite",
            "Npgsql",
            "Microsoft.AspNetCore",
            "System.Text.Json.Nodes"));

    /// <summary>
    /// Only the composition root (<c>Platform.Api.Composition</c> and <c>Program</c>) wires Infrastructure in;
    /// endpoints, filters, SCIM dialects, CLI verbs, page models, and Razor pages and views (compiled into
    /// <c>Platform.Api.*</c> namespaces, see <see cref="RazorViews_CompileIntoNamespacesTheRulesSelect"/>, so a view
    /// that <c>@inject</c>s the DbContext is caught) see Application only. The code the Mediator generator emits
    /// (namespaces <c>Mediator</c> and <c>Microsoft.Extensions.DependencyInjection</c>) comes from the AddMediator
    /// call in the composition root.
    /// </summary>
    [Fact]
    public void Api_OutsideCompositionRoot_DoesNotDependOnInfrastructure() => ArchAssert.Holds(
        "Api code outside the composition root, Razor views included, must not use Infrastructure.",
        Types.InAssembly(Assemblies.Api)
            .That().ResideInNamespace("Platform.Api.")
            .And().DoNotResideInNamespace("Platform.Api.Composition.")
            .And().MeetCustomRule(new IsNot(typeof(Platform.Api.Program))),
        s => s.ShouldNot().HaveDependencyOn("Platform.Infrastructure"));

    /// <summary>
    /// Razor compiles each .cshtml into a class. Without an <c>@namespace</c> it lands in
    /// <c>AspNetCoreGeneratedDocument</c>, outside every rule; <c>_ViewImports.cshtml</c> puts views under
    /// <c>Platform.Api</c> plus their folder, so a module's views are selected with the module's code.
    /// </summary>
    [Fact]
    public void RazorViews_CompileIntoNamespacesTheRulesSelect()
    {
        var views = Assemblies.Api.GetTypes().Where(type => typeof(Microsoft.AspNetCore.Mvc.Razor.RazorPageBase).IsAssignableFrom(type) && !type.IsAbstract).ToList();
        Assert.NotEmpty(views);
        var outside = views.Where(view => view.FullName?.StartsWith("Platform.Api.", StringComparison.Ordinal) != true).Select(view => view.FullName).ToList();
        Assert.True(outside.Count == 0, "Razor views outside Platform.Api.*: " + string.Join(", ", outside));
    }
}
