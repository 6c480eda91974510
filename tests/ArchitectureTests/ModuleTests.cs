using NetArchTest.Rules;

namespace Platform.ArchitectureTests;

/// <summary>
/// A module's types, in any of the four layers, may not reach any layer of a module it has no edge to. Allowed edges
/// (docs/architecture.md): Integrations → Tenancy; Directory → Tenancy; Audit → the Domain of every module (it listens
/// to their events); Events → Tenancy and Directory's Domain (it turns directory changes into events); Tenancy →
/// nothing; nobody → Audit or Events. Every module may use Common. Every selection must select
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
        { "Tenancy", "Events" },
        { "Integrations", "Events" },
        { "Directory", "Events" },
        { "Events", "Integrations" },
        { "Events", "Audit" },
    };

    public static TheoryData<string> Modules => [.. Layers.Modules];

    [Theory]
    [MemberData(nameof(ForbiddenModuleEdges))]
    public void Module_DoesNotDependOnModuleWithoutAnEdge(string from, string to) => ArchAssert.Holds(
        $"{from} (any layer) must not depend on {to} (any layer).",
        Layers.All.Select(layer => (Layers.ModuleTypes(layer, from), Condition(s => s.ShouldNot().HaveDependencyOnAny(Layers.EveryLayerOf(to))))));

    public static TheoryData<string> ModulesButAudit => [.. Layers.Modules.Where(m => m != "Audit")];

    /// <summary>Audit listens to other modules' domain events; it never calls their use cases, tables or endpoints.</summary>
    [Theory]
    [MemberData(nameof(ModulesButAudit))]
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

    public static TheoryData<string, string> LayersAndModulesButTenancy()
    {
        var data = new TheoryData<string, string>();
        foreach (var layer in Layers.All)
        {
            foreach (var module in Layers.Modules.Where(m => m != "Tenancy")) data.Add(layer, module);
        }

        return data;
    }

    /// <summary>
    /// Common is the shared kernel every module builds on, in every layer, so it must not lean on a module; only
    /// Tenancy is shared (CompanyId is in every tenant key, the signed-in account in every console request).
    /// </summary>
    [Theory]
    [MemberData(nameof(LayersAndModulesButTenancy))]
    public void Common_DependsOnNoModuleButTenancy(string layer, string module) => ArchAssert.Holds(
        $"Platform.{layer}.Common must not depend on {module}.",
        Types.InAssembly(Layers.Assembly(layer)).That().ResideInNamespace($"Platform.{layer}.Common."),
        s => s.ShouldNot().HaveDependencyOnAny(Layers.EveryLayerOf(module)));

    /// <summary>
    /// Api's shared folders must not become bridges between modules: a page of one module calling a shared helper
    /// that sends another module's queries crosses the wall as surely as calling them itself. The console shell,
    /// the HTTP helpers and the CLI may use Tenancy (companies, accounts, sessions); anything else is a named,
    /// documented composition point (docs/architecture.md). The SCIM edge is Directory's and Integrations' protocol.
    /// </summary>
    [Theory]
    [InlineData("Console", "Integrations")]
    [InlineData("Console", "Directory")]
    [InlineData("Console", "Audit")]
    [InlineData("Common", "Integrations")]
    [InlineData("Common", "Directory")]
    [InlineData("Common", "Audit")]
    [InlineData("Cli", "Directory")]
    [InlineData("Cli", "Audit")]
    [InlineData("Scim", "Audit")]
    [InlineData("Console", "Events")]
    [InlineData("Common", "Events")]
    [InlineData("Scim", "Events")]
    public void ApiSharedFolder_ReachesModulesOnlyThroughNamedCompositionPoints(string folder, string module) => ArchAssert.Holds(
        $"Platform.Api.{folder} must not use {module} outside the composition points {string.Join(", ", CompositionPoints)}.",
        Types.InAssembly(Assemblies.Api).That().ResideInNamespace($"Platform.Api.{folder}.").And().DoNotHaveName(CompositionPoints),
        s => s.ShouldNot().HaveDependencyOnAny(Layers.EveryLayerOf(module)));

    /// <summary>The console shell's deliberate cross-module reads; each is named in docs/architecture.md.</summary>
    private static readonly string[] CompositionPoints = ["ProvisionedCounts"];

    /// <summary>The composition root is used by the entry points only (the server's Program and the CLI verbs).</summary>
    [Fact]
    public void CompositionRoot_IsUsedOnlyByTheEntryPoints() => ArchAssert.Holds(
        "Only Platform.Api.Program and Platform.Api.Cli may use Platform.Api.Composition.",
        Types.InAssembly(Assemblies.Api).That().ResideInNamespace("Platform.")
            .And().DoNotResideInNamespace("Platform.Api.Composition.")
            .And().DoNotResideInNamespace("Platform.Api.Cli.")
            .And().MeetCustomRule(new IsNot(typeof(Platform.Api.Program))),
        s => s.ShouldNot().HaveDependencyOn("Platform.Api.Composition"));

    /// <summary>Events turns the Directory's domain events into change events; it never calls its use cases, tables or endpoints.</summary>
    [Fact]
    public void Events_UsesDirectoryOnlyThroughItsDomain() => ArchAssert.Holds(
        "Events may use Directory's Domain (its events and ids) only.",
        Layers.All.Select(layer => (Layers.ModuleTypes(layer, "Events"), Condition(s => s.ShouldNot()
            .HaveDependencyOnAny("Platform.Application.Directory", "Platform.Infrastructure.Directory", "Platform.Api.Directory")))));

    private static Func<PredicateList, ConditionList> Condition(Func<PredicateList, ConditionList> condition) => condition;
}
