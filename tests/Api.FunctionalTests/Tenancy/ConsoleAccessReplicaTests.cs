using System.Net;
using System.Net.Http.Json;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Tenancy;

/// <summary>
/// Two server processes on one database: a deactivation sent to one ends the session at the other on the very next
/// request (each request reads the account's state; nothing is cached in a process).
/// </summary>
public sealed class ConsoleAccessReplicaTests
{
    // No cookie jar and no redirects: the one session cookie is sent to either process exactly as a browser would.
    private static readonly HttpClient NoRedirects = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task Deactivation_ThroughOneProcess_EndsTheSessionAtTheOtherAtOnce()
    {
        var database = await PostgresServer.Instance.CreateDatabaseAsync("platform_test");
        await using var one = ServerProcess.Start(database);
        await using var other = ServerProcess.Start(database);
        await Task.WhenAll(one.ReadyAsync(), other.ReadyAsync());
        await using var commands = new SharedDatabaseFactory(database);
        await commands.InitializeAsync();
        var (company, token) = await commands.CreateCompanyWithOktaAsync();

        var signIn = await one.Client.PostAsJsonAsync("/api/session", new { companyKey = company.Key, email = company.MemberEmail, password = company.MemberPassword });
        signIn.EnsureSuccessStatusCode();
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("platform.session=", StringComparison.Ordinal)).Split(';')[0];
        Assert.Equal(HttpStatusCode.OK, (await ConsoleGet(other, "/people", cookie)).StatusCode);
        var created = await Scim(one, HttpMethod.Post, $"/scim/v2/{company.Key}/Users", token, ScimWire.OktaUser("v2", company.MemberEmail));
        var id = (string)(await created.ReadObjectAsync())["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await ConsoleGet(other, "/people", cookie)).StatusCode);

        var deactivated = await Scim(one, HttpMethod.Patch, $"/scim/v2/{company.Key}/Users/{id}", token, ScimWire.Deactivate("v2", id));

        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        var next = await ConsoleGet(other, "/people", cookie);
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Equal("/signin", next.Headers.Location?.AbsolutePath);
        Assert.Contains("reason=directory", next.Headers.Location?.Query);
        Assert.Equal(HttpStatusCode.Redirect, (await ConsoleGet(one, "/people", cookie)).StatusCode);
    }

    private static async Task<HttpResponseMessage> ConsoleGet(ServerProcess server, string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.Client.BaseAddress!, path));
        request.Headers.Add("Cookie", cookie);
        return await NoRedirects.SendAsync(request);
    }

    private static Task<HttpResponseMessage> Scim(ServerProcess server, HttpMethod method, string url, string token, System.Text.Json.Nodes.JsonNode body)
    {
        var request = new HttpRequestMessage(method, url) { Content = ScimWire.Content(body, "v2") };
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
        return server.Client.SendAsync(request);
    }
}
