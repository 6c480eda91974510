using System.Net.Http.Json;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Integrations;
using Platform.Application.Tenancy;
using Platform.Domain.Common;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Api.FunctionalTests.Infrastructure;

/// <summary>The real server (all layers, real pipeline) on its own PostgreSQL database. One per test class.</summary>
public class PlatformApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string PublicBase = "https://platform.test";

    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>The <c>Database:Provider</c> setting the server runs with.</summary>
    protected virtual string Provider => "PostgreSql";

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await CreateDatabaseAsync();
        _ = Server; // starts the host: migrations run before the first request
    }

    protected virtual Task<string> CreateDatabaseAsync() => PostgresServer.Instance.CreateDatabaseAsync("platform_test");

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>The configuration the CLI verbs get in tests: same database, same public base.</summary>
    public void ConfigureCli(Microsoft.AspNetCore.Builder.WebApplicationBuilder builder)
    {
        builder.Configuration["Database:Provider"] = Provider;
        builder.Configuration["ConnectionStrings:Platform"] = ConnectionString;
        builder.Configuration["PublicBaseUrl"] = PublicBase;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Platform", ConnectionString);
        builder.UseSetting("PublicBaseUrl", PublicBase);
    }

    public async Task<T> SendAsync<T>(Func<ISender, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ISender>());
    }

    /// <summary>A company with an admin (and optionally a member), created through the same commands as the CLI.</summary>
    public async Task<TestCompany> CreateCompanyAsync(string? name = null)
    {
        name ??= $"Co {Guid.NewGuid():N}"[..14];
        var created = await SendAsync(async s => (await s.Send(new CreateCompanyCommand(name, null, "admin@example.test", Actor.System))).Value);
        var member = await SendAsync(async s => (await s.Send(new CreateAccountCommand(new CompanyId(created.Company.Id), "member@example.test", AccountRole.Member))).Value);
        return new TestCompany(new CompanyId(created.Company.Id), created.Company.Key, "admin@example.test", created.AdminOneTimePassword!, member.Email, member.OneTimePassword);
    }

    /// <summary>A company with the Okta integration added; returns its token.</summary>
    public async Task<(TestCompany Company, string Token)> CreateCompanyWithOktaAsync()
    {
        var company = await CreateCompanyAsync();
        var issued = await SendAsync(async s => (await s.Send(new AddIntegrationCommand(company.Id, IntegrationKind.Okta, Actor.System))).Value);
        return (company, issued.Token);
    }

    public async Task<HttpClient> SignedInClientAsync(TestCompany company, bool admin = true)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostAsJsonAsync("/api/session", new
        {
            companyKey = company.Key,
            email = admin ? company.AdminEmail : company.MemberEmail,
            password = admin ? company.AdminPassword : company.MemberPassword,
        });
        response.EnsureSuccessStatusCode();
        return client;
    }

    public HttpClient ScimClient(string? authorization)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (authorization is not null) client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        return client;
    }
}

/// <summary>The same server on the embedded SQLite database (the run command's default), in a temp file.</summary>
public sealed class SqlitePlatformApiFactory : PlatformApiFactory
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"platform-test-{Guid.NewGuid():N}.db");

    protected override string Provider => "Sqlite";

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult($"Data Source={_file}");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" }) File.Delete(_file + suffix);
    }
}

public sealed record TestCompany(CompanyId Id, string Key, string AdminEmail, string AdminPassword, string MemberEmail, string MemberPassword);
