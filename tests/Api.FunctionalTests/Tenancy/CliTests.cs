using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.Cli;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Tenancy;

/// <summary>The operator's verbs against the same PostgreSQL database the server uses.</summary>
public sealed class CliTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Fact]
    public async Task CompanyAndIntegrationVerbs_PrintJson_AndTheTokenWorksOverScim()
    {
        var name = $"Cli Co {Guid.NewGuid():N}"[..20];
        var company = await RunJson("companies", "create", name, "--admin-email", "ops@example.test", "--json");
        var key = (string)company["companyKey"]!;
        Assert.Matches("^[a-z0-9-]+$", key);
        Assert.False(string.IsNullOrEmpty((string?)company["adminOneTimePassword"]));

        var added = await RunJson("integrations", "add", "okta", "--company", key, "--json");
        Assert.Equal(key, (string)added["companyKey"]!);
        Assert.Equal($"{PlatformApiFactory.PublicBase}/scim/v1/{key}", (string)added["scimV1BaseUrl"]!);
        Assert.Equal($"{PlatformApiFactory.PublicBase}/scim/v2/{key}", (string)added["scimV2BaseUrl"]!);
        var token = (string)added["token"]!;
        Assert.Equal(HttpStatusCode.OK, (await factory.ScimClient(token).GetAsync($"/scim/v1/{key}/Users?startIndex=1&count=2")).StatusCode);

        var shown = await RunJson("integrations", "show", "--company", key, "--json");
        Assert.Null(shown["token"]);
        Assert.EndsWith(token[^4..], (string)shown["tokenHint"]!);

        var reset = await RunJson("integrations", "reset-token", "--company", key, "--json");
        var newToken = (string)reset["token"]!;
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.ScimClient(token).GetAsync($"/scim/v1/{key}/Users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.ScimClient(newToken).GetAsync($"/scim/v2/{key}/Users")).StatusCode);
    }

    [Theory]
    [InlineData("integrations", "add", "okta")]
    [InlineData("integrations", "add", "salesforce", "--company", "x-co")]
    [InlineData("integrations", "show", "--company", "no-such-company")]
    [InlineData("companies", "create", "Bad Key Co", "--key", "bad_key")]
    [InlineData("companies", "create")]
    public async Task BadArguments_PrintAClearMessage_AndExitNonZero(params string[] args)
    {
        var (exit, stdout, stderr) = await Run(args);

        Assert.NotEqual(0, exit);
        Assert.Equal(string.Empty, stdout.Trim());
        Assert.False(string.IsNullOrWhiteSpace(stderr));
    }

    [Fact]
    public async Task AddingOktaTwice_ExitsNonZeroWithTheConflict()
    {
        var company = await RunJson("companies", "create", $"Twice {Guid.NewGuid():N}"[..16], "--json");
        var key = (string)company["companyKey"]!;
        await RunJson("integrations", "add", "okta", "--company", key, "--json");

        var (exit, _, stderr) = await Run("integrations", "add", "okta", "--company", key, "--json");

        Assert.Equal(1, exit);
        Assert.Contains("already has an Okta integration", stderr);
    }

    private async Task<JsonObject> RunJson(params string[] args)
    {
        var (exit, stdout, stderr) = await Run(args);
        Assert.True(exit == 0, $"exit {exit}: {stderr}");
        return (JsonObject)JsonNode.Parse(stdout)!;
    }

    private async Task<(int Exit, string Stdout, string Stderr)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await PlatformCli.RunAsync(args, stdout, stderr, factory.ConfigureCli);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
