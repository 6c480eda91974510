using System.Reflection;
using NetArchTest.Rules;

namespace Platform.ArchitectureTests;

/// <summary>
/// The selections the rules are written over. Modules are namespace folders repeated in every layer
/// (<c>Platform.{Layer}.{Module}</c>); in Api a module's Razor pages and views compile into the module's namespace
/// (<see cref="LayerTests.RazorViews_CompileIntoNamespacesTheRulesSelect"/>). Namespace selection uses a trailing dot: <c>ResideInNamespace</c> is a raw
/// prefix match on the full type name, and "Platform.Domain.Tenancy" would also pick "Platform.Domain.TenancyX".
/// Dependency names never end with a dot: they match whole namespace segments, and a trailing dot never matches.
/// </summary>
internal static class Layers
{
    public static readonly string[] All = ["Domain", "Application", "Infrastructure", "Api"];

    public static readonly string[] Modules = ["Tenancy", "Integrations", "Directory", "Audit", "Events"];

    public static Assembly Assembly(string layer) => layer switch
    {
        "Domain" => Assemblies.Domain,
        "Application" => Assemblies.Application,
        "Infrastructure" => Assemblies.Infrastructure,
        "Api" => Assemblies.Api,
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, "Not a layer."),
    };

    /// <summary>A module's types in one layer (in Api, its compiled Razor pages and views too).</summary>
    public static PredicateList ModuleTypes(string layer, string module) =>
        Types.InAssembly(Assembly(layer)).That().ResideInNamespace($"Platform.{layer}.{module}.");

    /// <summary>Every layer's namespace of a module, as dependency names.</summary>
    public static string[] EveryLayerOf(string module) => [.. All.Select(layer => $"Platform.{layer}.{module}")];
}
