using System.Net;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim;

/// <summary>RFC 7644 §3.11: <c>/Me</c> is not implemented here, which the server says with a 501, after authentication.</summary>
public sealed class MeEndpointTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Theory]
    [InlineData("GET", "/Me")]
    [InlineData("POST", "/Me")]
    [InlineData("PUT", "/Me")]
    [InlineData("PATCH", "/Me")]
    [InlineData("DELETE", "/Me")]
    [InlineData("GET", "/Me/groups")]
    [InlineData("POST", "/Me/.search")]
    public async Task Me_AnyMethod_Answers501WithAScimError(string method, string path)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var url = $"/scim/v2/{company.Key}{path}";

        var response = await factory.ScimClient($"Bearer {token}").SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = method is "GET" or "DELETE" ? null : ScimWire.Content("{}", "v2"),
        });
        var anonymous = await factory.ScimClient(null).SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        var error = await response.ReadObjectAsync();
        Assert.Equal("urn:ietf:params:scim:api:messages:2.0:Error", (string)error["schemas"]![0]!);
        Assert.Equal("501", (string)error["status"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
