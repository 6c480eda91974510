using System.Net;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim;

/// <summary>RFC 7644 §4: discovery endpoints need the token and refuse <c>filter</c> with a 403, in both versions.</summary>
public sealed class DiscoveryFilterTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Theory]
    [InlineData("v2", "/ServiceProviderConfig")]
    [InlineData("v2", "/ResourceTypes")]
    [InlineData("v2", "/ResourceTypes/User")]
    [InlineData("v2", "/Schemas")]
    [InlineData("v2", "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User")]
    [InlineData("v1", "/ServiceProviderConfigs")]
    public async Task Discovery_WithFilter_Answers403AndWithoutItAnswers(string version, string path)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient($"Bearer {token}");
        var url = $"/scim/{version}/{company.Key}{path}";

        var filtered = await scim.GetAsync($"{url}?filter=id%20eq%20%22User%22");
        var plain = await scim.GetAsync(url);
        var anonymous = await factory.ScimClient(null).GetAsync($"{url}?filter=id%20eq%20%22User%22");

        Assert.Equal(HttpStatusCode.Forbidden, filtered.StatusCode);
        var error = await filtered.ReadObjectAsync();
        Assert.Equal("403", (string)error["status"]!);
        Assert.Contains("filter", (string)error["detail"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Theory]
    [InlineData("v2", "/ServiceProviderConfig")]
    [InlineData("v1", "/ServiceProviderConfigs")]
    public async Task ServiceProviderConfig_AdvertisesETags(string version, string path)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();

        var config = await (await factory.ScimClient($"Bearer {token}").GetAsync($"/scim/{version}/{company.Key}{path}")).ReadObjectAsync();

        Assert.True((bool)config["etag"]!["supported"]!);
    }
}
