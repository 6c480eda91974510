using Platform.Application.Directory.Schema;

namespace Platform.UnitTests.Application.Directory.Schema;

public sealed class ResourceTypeTests
{
    [Theory]
    [InlineData("userName", "userName", "userName")]
    [InlineData("USERNAME", "userName", "userName")]
    [InlineData("name.givenName", "name.givenName", "name.givenName")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:User:name.familyName", "name.familyName", "name.familyName")]
    [InlineData("urn:scim:schemas:core:1.0:emails.value", "emails.value", "emails.value")]
    [InlineData("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", "department", "enterprise.department")]
    [InlineData("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value", "manager.value", "enterprise.managerId")]
    [InlineData("addresses.postalCode", "addresses.postalCode", "attributes.addresses.postalCode")]
    [InlineData("externalId", "externalId", "externalId")]
    public void Resolve_FindsTheAttributeAndWhereItIsKept(string path, string canonical, string storedAt)
    {
        var resolved = DirectoryCatalogue.UserType.Resolve(path);

        Assert.NotNull(resolved);
        Assert.Equal(canonical, resolved.CanonicalName);
        Assert.Equal(storedAt, resolved.StoredAt);
    }

    [Theory]
    [InlineData("meta.lastModified")]
    [InlineData("id")]
    [InlineData("groups.value")]
    public void Resolve_ServerKeptAttributes_HaveNoStoragePath(string path)
    {
        var resolved = DirectoryCatalogue.UserType.Resolve(path);

        Assert.NotNull(resolved);
        Assert.Null(resolved.StoredAt);
    }

    [Theory]
    [InlineData("nosuch")]
    [InlineData("name.nosuch")]
    [InlineData("urn:example:custom:1.0:thing")]
    [InlineData("department")]
    public void Resolve_UndeclaredPaths_AreNull(string path) => Assert.Null(DirectoryCatalogue.UserType.Resolve(path));

    [Fact]
    public void Resolve_GroupMembers()
    {
        var resolved = DirectoryCatalogue.GroupType.Resolve("members.value");

        Assert.NotNull(resolved);
        Assert.True(resolved.Leaf.CaseExact);
    }
}
