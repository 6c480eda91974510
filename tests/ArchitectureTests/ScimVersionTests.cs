using NetArchTest.Rules;

namespace Platform.ArchitectureTests;

/// <summary>SCIM 1.1 and 2.0 share only <c>Platform.Api.Scim.Common</c>; neither version references the other.</summary>
public sealed class ScimVersionTests
{
    [Theory]
    [InlineData("V1", "V2")]
    [InlineData("V2", "V1")]
    public void ScimVersion_DoesNotReferenceTheOtherVersion(string version, string other) => ArchAssert.Holds(
        $"Platform.Api.Scim.{version} must not reference Platform.Api.Scim.{other}.",
        Types.InAssembly(Assemblies.Api)
            .That().ResideInNamespace($"Platform.Api.Scim.{version}.")
            .ShouldNot().HaveDependencyOn($"Platform.Api.Scim.{other}")
            .GetResult());
}
