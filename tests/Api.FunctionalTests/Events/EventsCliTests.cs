using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.Cli;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Events;

public sealed class EventsCliTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Fact]
    public async Task ApiKeysCreate_PrintsTheKey_ThatReadsEvents_UntilRevoked()
    {
        var company = await factory.CreateCompanyAsync();

        var created = await RunJson("api-keys", "create", "--company", company.Key, "--json");
        var key = (string)created["key"]!;
        var url = $"/api/companies/{company.Key}/events";
        Assert.Equal(HttpStatusCode.OK, (await factory.EventsClient(key).GetAsync(url)).StatusCode);

        var listed = await RunJson("api-keys", "list", "--company", company.Key, "--json");
        var only = Assert.Single(listed["keys"]!.AsArray())!;
        Assert.Null(only["key"]);
        Assert.EndsWith(key[^4..], (string)only["keyHint"]!);

        await RunJson("api-keys", "revoke", (string)created["id"]!, "--company", company.Key, "--json");
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.EventsClient(key).GetAsync(url)).StatusCode);
    }

    private async Task<JsonObject> RunJson(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await PlatformCli.RunAsync(args, stdout, stderr, factory.ConfigureCli);
        Assert.True(exit == 0, $"exit {exit}: {stderr}");
        return (JsonObject)JsonNode.Parse(stdout.ToString())!;
    }
}
