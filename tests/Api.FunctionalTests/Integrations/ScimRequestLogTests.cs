using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.FunctionalTests.Infrastructure;
using Platform.Application.Integrations;

namespace Platform.Api.FunctionalTests.Integrations;

/// <summary>The admin's SCIM request log: what Okta did, read back through the admin API and the console.</summary>
public sealed class ScimRequestLogTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    private const string Password = "t1meMa$heen";

    [Fact]
    public async Task OktaSequence_ThenTheLog_ListsEveryRequestWithItsStatusAndNoSecret()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var v1 = $"/scim/v1/{company.Key}";
        var v2 = $"/scim/v2/{company.Key}";
        var okta = factory.ScimClient(token);
        var expected = new List<(string Method, string Path, int Status)>();

        async Task<HttpResponseMessage> Send(Task<HttpResponseMessage> sending, string method, string path)
        {
            var response = await sending;
            expected.Add((method, path, (int)response.StatusCode));
            return response;
        }

        // Test API Credentials, then the existence check, the create (with Okta's password), a duplicate, a read,
        // a profile update (password again), a deactivation, a read of someone who is not there.
        await Send(okta.GetAsync($"{v1}/Users?startIndex=1&count=2"), "GET", "/Users?startIndex=1&count=2");
        await Send(okta.GetAsync($"{v1}/Users?filter=userName%20eq%20%22ada%40example.com%22&startIndex=1&count=100&access_token=leak"), "GET", "/Users?filter=userName%20eq%20%22ada%40example.com%22&startIndex=1&count=100");
        var created = await (await Send(okta.PostScim($"{v1}/Users", ScimWire.OktaUser("v1", "ada@example.com"), "v1"), "POST", "/Users")).ReadObjectAsync();
        var id = (string)created["id"]!;
        await Send(okta.PostScim($"{v1}/Users", ScimWire.OktaUser("v1", "ada@example.com"), "v1"), "POST", "/Users");
        var fetched = await (await Send(okta.GetAsync($"{v1}/Users/{id}"), "GET", $"/Users/{id}")).ReadObjectAsync();
        fetched["password"] = Password;
        await Send(okta.PutScim($"{v1}/Users/{id}", fetched, "v1"), "PUT", $"/Users/{id}");
        var passwordPatch = ScimWire.Patch(
            new JsonObject { ["op"] = "replace", ["path"] = "password", ["value"] = Password },
            new JsonObject { ["op"] = "replace", ["value"] = new JsonObject { ["active"] = false, ["PASSWORD"] = Password } });
        await Send(okta.PatchScim($"{v2}/Users/{id}", passwordPatch, "v2"), "PATCH", $"/Users/{id}");
        var nobody = Guid.NewGuid();
        await Send(okta.GetAsync($"{v2}/Users/{nobody}"), "GET", $"/Users/{nobody}");
        await Send(okta.PostScim($"{v2}/Users", new JsonObject { ["schemas"] = new JsonArray(ScimWire.UserV2) }, "v2"), "POST", "/Users");
        await Send(factory.ScimClient("plat_scim_an-old-token").GetAsync($"{v1}/Users?startIndex=1&count=2"), "GET", "/Users?startIndex=1&count=2");
        await Send(factory.ScimClient(null).GetAsync($"{v1}/Groups"), "GET", "/Groups");
        await factory.Services.GetRequiredService<IScimRequestLog>().FlushAsync(default);

        var admin = await factory.SignedInClientAsync(company);
        var listing = await admin.GetAsync($"/api/companies/{company.Key}/integrations/okta/requests?take=200");
        Assert.Equal(HttpStatusCode.OK, listing.StatusCode);
        var listText = await listing.Content.ReadAsStringAsync();
        var page = JsonNode.Parse(listText)!.AsObject();
        var rows = page["requests"]!.AsArray().Select(r => r!.AsObject()).Reverse().ToList();

        Assert.Equal(expected.Count, (int)page["total"]!);
        Assert.Equal(expected.Select(e => e.Status), rows.Select(r => (int)r["status"]!));
        Assert.Equal(expected.Select(e => e.Method), rows.Select(r => (string)r["method"]!));
        Assert.Equal("/Users?startIndex=1&count=2", (string)rows[0]["path"]!);
        Assert.DoesNotContain("access_token", (string)rows[1]["path"]!);
        Assert.StartsWith("/Users?filter=", (string)rows[1]["path"]!);
        Assert.Equal([201, 409], rows.Skip(2).Take(2).Select(r => (int)r["status"]!));
        Assert.Null((string?)rows[3]["scimType"]); // SCIM 1.1 errors have no scimType
        Assert.NotNull((string?)rows[3]["errorDetail"]);
        Assert.Equal("invalidValue", (string?)rows[^3]["scimType"]);
        Assert.Equal("Users", (string)rows[3]["resource"]!);
        Assert.Equal("v2", (string)rows[6]["version"]!);
        Assert.Equal("WrongToken", (string?)rows[^2]["refusal"]);
        Assert.Equal("MissingToken", (string?)rows[^1]["refusal"]);
        Assert.Equal("Groups", (string)rows[^1]["resource"]!);
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty((string?)r["requestId"])));
        Assert.DoesNotContain(Password, listText);
        Assert.DoesNotContain(token, listText);

        // Every request's full exchange: bodies there, passwords and tokens not.
        foreach (var row in rows)
        {
            var details = await admin.GetAsync($"/api/companies/{company.Key}/integrations/okta/requests/{(string)row["id"]!}");
            Assert.Equal(HttpStatusCode.OK, details.StatusCode);
            var text = await details.Content.ReadAsStringAsync();
            Assert.DoesNotContain(Password, text);
            Assert.DoesNotContain(token, text);
            Assert.DoesNotContain("plat_scim_an-old-token", text);
        }

        var create = await (await admin.GetAsync($"/api/companies/{company.Key}/integrations/okta/requests/{(string)rows[2]["id"]!}")).ReadObjectAsync();
        Assert.Contains("ada@example.com", (string)create["requestBody"]!);
        Assert.Contains(id, (string)create["responseBody"]!);
        var patch = await (await admin.GetAsync($"/api/companies/{company.Key}/integrations/okta/requests/{(string)rows[6]["id"]!}")).ReadObjectAsync();
        Assert.Contains("\"active\":false", (string)patch["requestBody"]!);
        Assert.Contains("\"path\":\"password\"", (string)patch["requestBody"]!);
        Assert.DoesNotContain("\"value\":\"", (string)patch["requestBody"]!);
        Assert.DoesNotContain("PASSWORD", (string)patch["requestBody"]!);
        Assert.Equal(expected.Select(e => Uri.UnescapeDataString(e.Path)), rows.Select(r => Uri.UnescapeDataString((string)r["path"]!)));

        // The console: the list, filtered to refusals, and each failure explained.
        var consoleList = await admin.GetStringAsync("/settings/integrations/okta/requests?status=4xx");
        var refusedCount = expected.Count(e => e.Status is >= 400 and < 500);
        Assert.Contains($"Showing 1–{refusedCount} of {refusedCount}", consoleList);
        Assert.DoesNotContain(Password, consoleList);
        Assert.DoesNotContain(token, consoleList);
        var allRows = await admin.GetStringAsync("/settings/integrations/okta/requests");
        Assert.Contains($"Showing 1–{expected.Count} of {expected.Count}", allRows);
        foreach (var (row, explained) in new[] { (rows[^2], "not the current one"), (rows[3], "A user with that userName already exists"), (rows[^4], "Okta asked for a user this platform does not have"), (rows[^3], "Okta sent a value the platform refused") })
        {
            var html = await admin.GetStringAsync($"/settings/integrations/okta/requests/{(string)row["id"]!}");
            Assert.Contains(explained, html);
            Assert.DoesNotContain(Password, html);
            Assert.DoesNotContain(token, html);
        }

        var member = await factory.SignedInClientAsync(company, admin: false);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/settings/integrations/okta/requests")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/settings/integrations/okta/requests/{(string)rows[0]["id"]!}")).StatusCode);

        // Filters.
        var refused = await (await admin.GetAsync($"/api/companies/{company.Key}/integrations/okta/requests?status=4xx&resource=groups")).ReadObjectAsync();
        Assert.Equal(1, (int)refused["total"]!);
        var posts = await (await admin.GetAsync($"/api/companies/{company.Key}/integrations/okta/requests?method=post")).ReadObjectAsync();
        Assert.Equal(3, (int)posts["total"]!);
        var future = await (await admin.GetAsync($"/api/companies/{company.Key}/integrations/okta/requests?from={DateTimeOffset.UtcNow.AddHours(1):O}".Replace("+", "%2B", StringComparison.Ordinal))).ReadObjectAsync();
        Assert.Equal(0, (int)future["total"]!);
    }

    [Theory]
    [InlineData("status=7xx")]
    [InlineData("method=TRACE")]
    [InlineData("resource=Things")]
    [InlineData("from=yesterday")]
    public async Task List_WithABadFilter_AnswersAValidationProblem(string query)
    {
        var (company, _) = await factory.CreateCompanyWithOktaAsync();
        var admin = await factory.SignedInClientAsync(company);

        var response = await admin.GetAsync($"/api/companies/{company.Key}/integrations/okta/requests?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_AnotherCompanysRequest_IsNotFound()
    {
        var (first, token) = await factory.CreateCompanyWithOktaAsync();
        await factory.ScimClient(token).GetAsync($"/scim/v2/{first.Key}/Users");
        await factory.Services.GetRequiredService<IScimRequestLog>().FlushAsync(default);
        var firstAdmin = await factory.SignedInClientAsync(first);
        var row = (await (await firstAdmin.GetAsync($"/api/companies/{first.Key}/integrations/okta/requests")).ReadObjectAsync())["requests"]![0]!;
        var (second, _) = await factory.CreateCompanyWithOktaAsync();
        var secondAdmin = await factory.SignedInClientAsync(second);

        var response = await secondAdmin.GetAsync($"/api/companies/{second.Key}/integrations/okta/requests/{(string)row["id"]!}");
        var list = await (await secondAdmin.GetAsync($"/api/companies/{second.Key}/integrations/okta/requests")).ReadObjectAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, (int)list["total"]!);
    }

    [Fact]
    public async Task List_AsAMember_IsForbidden()
    {
        var (company, _) = await factory.CreateCompanyWithOktaAsync();
        var member = await factory.SignedInClientAsync(company, admin: false);

        var response = await member.GetAsync($"/api/companies/{company.Key}/integrations/okta/requests");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AFloodOfBadTokens_IsRecordedOnlyUpToTheAllowance()
    {
        var (company, _) = await factory.CreateCompanyWithOktaAsync();
        var attacker = factory.ScimClient("plat_scim_guess");
        for (var i = 0; i < 60; i++) await attacker.GetAsync($"/scim/v2/{company.Key}/Users");
        await factory.Services.GetRequiredService<IScimRequestLog>().FlushAsync(default);

        var admin = await factory.SignedInClientAsync(company);
        var list = await (await admin.GetAsync($"/api/companies/{company.Key}/integrations/okta/requests?status=4xx")).ReadObjectAsync();

        // 20 a minute per company; the burst may straddle a minute boundary, so at most two allowances.
        Assert.InRange((int)list["total"]!, 20, 40);
    }
}
