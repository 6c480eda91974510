using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Operations;

/// <summary>
/// Nothing secret or personal in any log line at any level: the server logs at Trace into <see cref="CapturedLogs"/>
/// while Okta's sequence runs, and no entry may contain a token, a password, a userName or an email it used;
/// expected outcomes (409, 401, 404, a refused body) log nothing at Error.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class LogScanTests(ObservedPlatformApiFactory factory) : IClassFixture<ObservedPlatformApiFactory>
{
    [Fact]
    public async Task OktaSequenceAndSignIn_LoggedAtTrace_NameNoSecretAndNoPerson()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var admin = await factory.SignedInClientAsync(company);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/companies/{company.Key}/users")).StatusCode);
        var wrongPassword = await factory.CreateClient().PostAsJsonAsync("/api/session", new { companyKey = company.Key, email = company.AdminEmail, password = company.AdminPassword + "x" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);

        var scim = factory.ScimClient($"Bearer {token}");
        var users = $"/scim/v2/{company.Key}/Users";
        var userNames = new[] { "grace.hopper@navy.example", "katherine.johnson@nasa.example" };
        foreach (var userName in userNames)
        {
            Assert.Equal(HttpStatusCode.OK, (await scim.GetAsync($"{users}?filter=userName%20eq%20%22{Uri.EscapeDataString(userName)}%22&startIndex=1&count=100")).StatusCode);
            var created = await scim.PostScim(users, ScimWire.OktaUser("v2", userName, "Grace", "Hopper"), "v2");
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var id = (string)(await created.ReadObjectAsync())["id"]!;
            var fetched = await (await scim.GetAsync($"{users}/{id}")).ReadObjectAsync();
            fetched["title"] = "Rear Admiral";
            Assert.Equal(HttpStatusCode.OK, (await scim.PutScim($"{users}/{id}", fetched, "v2")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await scim.PatchScim($"{users}/{id}", ScimWire.Deactivate("v2", id), "v2")).StatusCode);
        }

        var group = new System.Text.Json.Nodes.JsonObject
        {
            ["schemas"] = new System.Text.Json.Nodes.JsonArray("urn:ietf:params:scim:schemas:core:2.0:Group"),
            ["displayName"] = "Pioneers",
            ["members"] = new System.Text.Json.Nodes.JsonArray(),
        };
        Assert.Equal(HttpStatusCode.Created, (await scim.PostScim($"/scim/v2/{company.Key}/Groups", group, "v2")).StatusCode);

        // Duplicates, some of them racing past the handler's check into the unique index: each a 409, none an error.
        const string racer = "ada.racer@example.test";
        var racing = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => scim.PostScim(users, ScimWire.OktaUser("v2", racer), "v2")));
        Assert.Single(racing, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(racing.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.ScimClient($"Bearer {token[..^2]}xy").GetAsync(users)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await scim.GetAsync($"{users}/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await scim.PostAsync(users, ScimWire.Content("{\"userName\": \"grace.hopper@navy.example\",", "v2"))).StatusCode);

        var entries = factory.Logs.Entries.ToList();
        Assert.Contains(entries, e => e.Level == LogLevel.Trace);
        string[] secrets = [ObservedPlatformApiFactory.DatabasePassword, token, token[..^2] + "xy", company.AdminPassword, company.MemberPassword, company.AdminEmail, company.MemberEmail, racer, .. userNames];
        foreach (var secret in secrets.SelectMany(s => new[] { s, Uri.EscapeDataString(s) }).Distinct())
        {
            var leaks = entries.Where(e => e.Text.Contains(secret, StringComparison.OrdinalIgnoreCase)).Select(e => $"{e.Level} {e.Category}: {e.Text}").ToList();
            Assert.True(leaks.Count == 0, $"The log names '{secret}':\n" + string.Join("\n", leaks.Take(5)));
        }

        var errors = entries.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Category}: {e.Text}").ToList();
        Assert.True(errors.Count == 0, "Expected outcomes were logged as errors:\n" + string.Join("\n", errors.Take(5)));
    }
}
