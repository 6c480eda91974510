using System.Net;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Operations;

/// <summary>Oversized request lines and headers are refused in the caller's shape, not with Kestrel's empty answers.</summary>
public sealed class RequestLimitsTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Fact]
    public async Task LongUrl_UnderScimV2_Is414InScimShape()
    {
        var response = await factory.ScimClient("Bearer x").GetAsync($"/scim/v2/acme/Users?filter={new string('a', 10 * 1024)}");

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Contains("urn:ietf:params:scim:api:messages:2.0:Error", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HugeHeader_UnderScimV1_Is431InScimShape()
    {
        var client = factory.ScimClient("Bearer x");
        client.DefaultRequestHeaders.TryAddWithoutValidation("X-Padding", new string('a', 40 * 1024));

        var response = await client.GetAsync("/scim/v1/acme/Users");

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        Assert.StartsWith("{\"Errors\":[{\"description\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongUrl_UnderTheAdminApi_Is414ProblemDetails()
    {
        var response = await factory.CreateClient().GetAsync($"/api/companies/{new string('a', 10 * 1024)}");

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
