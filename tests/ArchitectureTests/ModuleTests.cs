using NetArchTest.Rules;

namespace Platform.ArchitectureTests;

/// <summary>
/// A module's types, in any of the four layers, may not reach any layer of a module it has no edge to. Allowed edges
/// (docs/architecture.md): Integrations → Tenancy; Directory → Tenancy; Audit → the Domain of every module (it listens
/// to their events); Tenancy → nothing; nobody → Audit. Every module may use Common. Every selection must select
/// something (<see cref="ArchAssert"/>), so a module folder that moves breaks the rule instead of emptying it.
/// </summary>
public sealed class ModuleTests
{
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

    public static TheoryData<string> Modules => [.. Layers.Modules];

    [Theory]
    [MemberData(nameof(ForbiddenModuleEdges))]
    public void Module_DoesNotDependOnModuleWithoutAnEdge(string from, string to) => ArchAssert.Holds(
        $"{from} (any layer) must not depend on {to} (any layer).",
        Layers.All.Select(layer => (Layers.ModuleTypes(layer, from), Condition(s => s.ShouldNot().HaveDependencyOnAny(Layers.EveryLayerOf(to))))));

    /// <summary>Audit listens to other modules' domain events; it never calls their use cases, tables or endpoints.</summary>
    [Theory]
    [InlineData("Tenancy")]
    [InlineData("Integrations")]
    [InlineData("Directory")]
    public void Audit_UsesOtherModulesOnlyThroughTheirDomain(string other) => ArchAssert.Holds(
        $"Audit may use {other}'s Domain (its events and ids) only.",
        Layers.All.Select(layer => (Layers.ModuleTypes(layer, "Audit"), Condition(s => s.ShouldNot()
            .HaveDependencyOnAny($"Platform.Application.{other}", $"Platform.Infrastructure.{other}", $"Platform.Api.{other}")))));

    /// <summary>
    /// A module's tables are its own: its entity configurations and table-specific SQL live in
    /// <c>Platform.Infrastructure.{Module}</c>, and no other module's infrastructure uses them, even along an edge
    /// (an edge allows the other module's Domain and use cases, not its storage).
    /// </summary>
    [Theory]
    [MemberData(nameof(Modules))]
    public void InfrastructureModule_DoesNotUseAnotherModulesInfrastructure(string module) => ArchAssert.Holds(
        $"Platform.Infrastructure.{module} must not use another module's infrastructure.",
        Layers.ModuleTypes("Infrastructure", module),
        s => s.ShouldNot().HaveDependencyOnAny([.. Layers.Modules.Where(m => m != module).Select(m => $"Platform.Infrastructure.{m}")]));

    /// <summary>The persistence core (DbContext, migrations, unit of work) finds the modules' configurations; it names none.</summary>
    [Fact]
    public void PersistenceCore_DependsOnNoModulesInfrastructure() => ArchAssert.Holds(
        "Platform.Infrastructure.Persistence must not depend on a module's infrastructure.",
        Types.InAssembly(Assemblies.Infrastructure).That().ResideInNamespace("Platform.Infrastructure.Persistence."),
        s => s.ShouldNot().HaveDependencyOnAny([.. Layers.Modules.Select(m => $"Platform.Infrastructure.{m}")]));

    /// <summary>
    /// Api's shared folders serve every module and lean on none of the modules' Api folders: the console shell
    /// (<c>Console</c>), the HTTP helpers (<c>Common</c>), the SCIM wire formats (<c>Scim</c>) and the CLI.
    /// </summary>
    [Theory]
    [InlineData("Common")]
    [InlineData("Console")]
    [InlineData("Scim")]
    [InlineData("Cli")]
    public void ApiSharedFolder_DependsOnNoModulesApiFolder(string folder) => ArchAssert.Holds(
        $"Platform.Api.{folder} must not depend on a module's Api folder.",
        Types.InAssembly(Assemblies.Api).That().ResideInNamespace($"Platform.Api.{folder}."),
        s => s.ShouldNot().HaveDependencyOnAny([.. Layers.Modules.Select(m => $"Platform.Api.{m}")]));

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
        Types.InAssembly(Layers.Assembly(layer)).That().ResideInNamespace($"Platform.{layer}.Common."),
        s => s.ShouldNot().HaveDependencyOnAny(Layers.EveryLayerOf(module)));

    private static Func<PredicateList, ConditionList> Condition(Func<PredicateList, ConditionList> condition) => condition;
}
