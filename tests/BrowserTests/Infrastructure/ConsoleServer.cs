using System.Net;
using System.Text.Json.Nodes;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api;
using Platform.Api.FunctionalTests.Infrastructure;
using Platform.Application.Integrations;
using Platform.Application.Tenancy;
using Platform.Domain.Common;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.BrowserTests.Infrastructure;

/// <summary>The real server on a real loopback socket (a browser cannot reach an in-memory test server), on its own PostgreSQL database.</summary>
public sealed class ConsoleServer : WebApplicationFactory<Program>
{
    /// <summary>What the console shows as the start of every Base URL; requests go to <see cref="Address"/>.</summary>
    public const string PublicBase = "https://platform.example.com";

    private readonly string _connectionString;

    public ConsoleServer(string connectionString)
    {
        _connectionString = connectionString;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First());
    }

    /// <summary>The URL on this server for a Base URL the console showed (same path, real host and port).</summary>
    public Uri OnThisServer(string baseUrlShown, string relative) => new(Address, new Uri(baseUrlShown).AbsolutePath + "/" + relative);

    public async Task<HttpResponseMessage> ScimGetAsync(Uri url, string? authorization)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await client.SendAsync(request);
    }

    /// <summary>A SCIM request as Okta sends it (token in the header, SCIM's JSON body) to a path on this server.</summary>
    public async Task<HttpResponseMessage> ScimSendAsync(HttpMethod method, string path, string token, JsonNode? body = null)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(method, new Uri(Address, path));
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
        if (body is not null) request.Content = ScimWire.Content(body, "v2");
        return await client.SendAsync(request);
    }

    /// <summary>A company with an admin and a member, created through the same commands as the CLI.</summary>
    public async Task<TestCompany> CreateCompanyAsync(string name, string adminEmail = "admin@example.test")
    {
        var created = await SendAsync(s => s.Send(new CreateCompanyCommand(name, null, adminEmail, Actor.Operator("tests"))));
        var companyId = new CompanyId(created.Value.Company.Id);
        var member = await SendAsync(s => s.Send(new CreateAccountCommand(companyId, "member@example.test", AccountRole.Member)));
        return new TestCompany(companyId, created.Value.Company.Key, adminEmail, created.Value.AdminOneTimePassword!, member.Value.Email, member.Value.OneTimePassword);
    }

    public async Task<string> AddOktaAsync(TestCompany company) =>
        (await SendAsync(s => s.Send(new AddIntegrationCommand(company.Id, IntegrationKind.Okta, Actor.Operator("tests"))))).Value.Token;

    /// <summary>
    /// Writes the request log now, once it holds at least <paramref name="requests"/> of the company's requests. Over a
    /// real socket the client can have the whole answer a moment before the server has queued its record, so this
    /// flushes until the record is there (bounded), instead of sleeping.
    /// </summary>
    public async Task FlushRequestLogAsync(TestCompany company, int requests)
    {
        var log = Services.GetRequiredService<IScimRequestLog>();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            await log.FlushAsync(default);
            var page = await SendAsync(s => s.Send(new ListScimRequestsQuery(company.Id, new ScimRequestFilter(), 0, 1)));
            if (page.Value.Total >= requests) return;
            await Task.Delay(10);
        }

        throw new InvalidOperationException($"The request log did not reach {requests} requests.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "PostgreSql");
        builder.UseSetting("ConnectionStrings:Platform", _connectionString);
        builder.UseSetting("PublicBaseUrl", PublicBase);
        // Webhook receivers run in the test process, on loopback; retries within the test's time.
        builder.UseSetting("Webhooks:AllowPrivateNetworks", "true");
        builder.UseSetting("Webhooks:PollInterval", "00:00:00.1");
        builder.UseSetting("Webhooks:RetryDelays:0", "00:00:00.5");
    }

    private async Task<T> SendAsync<T>(Func<ISender, ValueTask<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ISender>());
    }
}

public sealed record TestCompany(CompanyId Id, string Key, string AdminEmail, string AdminPassword, string MemberEmail, string MemberPassword);
