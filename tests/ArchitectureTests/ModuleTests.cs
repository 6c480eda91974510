using NetArchTest.Rules;

namespace Platform.ArchitectureTests;

/// <summary>
/// Modules are namespace folders repeated per layer (<c>Platform.{Layer}.{Module}</c>). A module's types, in any
/// layer, may not reach any layer of a module it has no edge to. Allowed edges (docs/architecture.md):
/// Integrations → Tenancy; Directory → Tenancy; Audit → the Domain of every module (it listens to their events);
/// Tenancy → nothing; nobody → Audit. Every module may use Common.
/// Selection uses a trailing dot (ResideInNamespace is a raw prefix match on the type's full name, so
/// "Platform.Domain.Tenancy" would also pick "Platform.Domain.TenancyX"); dependency names use none (they match
/// whole namespace segments, and a trailing dot never matches).
/// </summary>
public sealed class ModuleTests
{
    private static readonly string[] ModuleLayers = ["Domain", "Application", "Infrastructure"];

    public static TheoryData<string, string> ForbiddenModuleEdges => new()
    {
        { "Tenancy", "Integrations" },
        { "Tenancy", "Directory" },
        { "Tenancy", "Audit" },
        { "Integrations", "Directory" },
        { "Integrations", "Audit" },
        { "Directory", "Integrations" },
        { "Directory", "Audit" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenModuleEdges))]
    public void Module_DoesNotDependOnModuleWithoutAnEdge(string from, string to) => ArchAssert.Holds(
        $"{from} (any layer) must not depend on {to} (any layer).",
        ModuleLayers.Select(layer => ModuleTypes(layer, from).ShouldNot().HaveDependencyOnAny(EveryLayerOf(to)).GetResult()));

    /// <summary>Audit listens to other modules' domain events; it never calls their use cases or infrastructure.</summary>
    [Theory]
    [InlineData("Tenancy")]
    [InlineData("Integrations")]
    [InlineData("Directory")]
    public void Audit_UsesOtherModulesOnlyThroughTheirDomain(string other) => ArchAssert.Holds(
        $"Audit may use {other}'s Domain (its events and ids) only.",
        ModuleLayers.Select(layer => ModuleTypes(layer, "Audit")
            .ShouldNot().HaveDependencyOnAny($"Platform.Application.{other}", $"Platform.Infrastructure.{other}", $"Platform.Api.{other}")
            .GetResult()));

    /// <summary>
    /// Common is the shared kernel every module builds on, so it must not lean on a module; only Tenancy's
    /// identifiers (CompanyId is in every tenant key) are shared.
    /// </summary>
    [Theory]
    [InlineData("Domain", "Integrations")]
    [InlineData("Domain", "Directory")]
    [InlineData("Domain", "Audit")]
    [InlineData("Application", "Integrations")]
    [InlineData("Application", "Directory")]
    [InlineData("Application", "Audit")]
    public void Common_DependsOnNoModuleButTenancy(string layer, string module) => ArchAssert.Holds(
        $"Platform.{layer}.Common must not depend on {module}.",
        Types.InAssembly(LayerAssembly(layer))
            .That().ResideInNamespace($"Platform.{layer}.Common.")
            .ShouldNot().HaveDependencyOnAny(EveryLayerOf(module))
            .GetResult());

    private static PredicateList ModuleTypes(string layer, string module) =>
        Types.InAssembly(LayerAssembly(layer)).That().ResideInNamespace($"Platform.{layer}.{module}.");

    private static string[] EveryLayerOf(string module) =>
        [$"Platform.Domain.{module}", $"Platform.Application.{module}", $"Platform.Infrastructure.{module}", $"Platform.Api.{module}"];

    private static System.Reflection.Assembly LayerAssembly(string layer) => layer switch
    {
        "Domain" => Assemblies.Domain,
        "Application" => Assemblies.Application,
        "Infrastructure" => Assemblies.Infrastructure,
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, "Not a layer with module folders."),
    };
}
