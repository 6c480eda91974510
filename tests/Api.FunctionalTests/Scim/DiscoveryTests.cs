using System.Net;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim;

public sealed class DiscoveryTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Fact]
    public async Task V2Discovery_DescribesUsersGroupsAndTheEnterpriseExtension()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient($"Bearer {token}");
        var baseUrl = $"/scim/v2/{company.Key}";

        var config = await (await scim.GetAsync($"{baseUrl}/ServiceProviderConfig")).ReadObjectAsync();
        var types = await (await scim.GetAsync($"{baseUrl}/ResourceTypes")).ReadObjectAsync();
        var schemas = await (await scim.GetAsync($"{baseUrl}/Schemas")).ReadObjectAsync();

        Assert.True((bool)config["patch"]!["supported"]!);
        Assert.True((bool)config["bulk"]!["supported"]!);
        Assert.Equal(1000, (int)config["bulk"]!["maxOperations"]!);
        Assert.Equal(1048576, (int)config["bulk"]!["maxPayloadSize"]!);
        Assert.Equal(2, (int)types["totalResults"]!);
        Assert.Equal(3, (int)schemas["itemsPerPage"]!);
        Assert.Equal(HttpStatusCode.OK, (await scim.GetAsync($"{baseUrl}/Schemas/urn:ietf:params:scim:schemas:core:2.0:User")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await scim.GetAsync($"{baseUrl}/ResourceTypes/Widget")).StatusCode);
    }

    [Fact]
    public async Task V1ServiceProviderConfigs_AnswersAndNeedsTheToken()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();

        var response = await factory.ScimClient(token).GetAsync($"/scim/v1/{company.Key}/ServiceProviderConfigs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((bool)(await response.ReadObjectAsync())["filter"]!["supported"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.ScimClient(null).GetAsync($"/scim/v1/{company.Key}/ServiceProviderConfigs")).StatusCode);
    }
}
