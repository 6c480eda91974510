using NetArchTest.Rules;

namespace Platform.ArchitectureTests;

/// <summary>
/// SCIM 1.1 and 2.0 are siblings that share <c>Platform.Api.Scim.Common</c>: neither version references the other,
/// and the shared code depends on neither (the two are put together in <c>Platform.Api.Composition</c>).
/// </summary>
public sealed class ScimVersionTests
{
    [Theory]
    [InlineData("V1", "V2")]
    [InlineData("V2", "V1")]
    public void ScimVersion_DoesNotReferenceTheOtherVersion(string version, string other) => ArchAssert.Holds(
        $"Platform.Api.Scim.{version} must not reference Platform.Api.Scim.{other}.",
        Types.InAssembly(Assemblies.Api).That().ResideInNamespace($"Platform.Api.Scim.{version}."),
        s => s.ShouldNot().HaveDependencyOn($"Platform.Api.Scim.{other}"));

    [Fact]
    public void ScimCommon_DependsOnNeitherVersion() => ArchAssert.Holds(
        "Platform.Api.Scim.Common must not reference Platform.Api.Scim.V1 or V2.",
        Types.InAssembly(Assemblies.Api).That().ResideInNamespace("Platform.Api.Scim.Common."),
        s => s.ShouldNot().HaveDependencyOnAny("Platform.Api.Scim.V1", "Platform.Api.Scim.V2"));
}
