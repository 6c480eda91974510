using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.FunctionalTests.Infrastructure;
using Platform.Infrastructure.Persistence;

namespace Platform.Api.FunctionalTests.Tenancy;

public sealed class DatabaseTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Fact]
    public async Task PostgreSql_HasNoPendingModelChanges_AndIsMigrated()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();

        Assert.IsType<PostgresPlatformDbContext>(db);
        Assert.False(db.Database.HasPendingModelChanges(), "Run dotnet ef migrations add for PostgresPlatformDbContext.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Sqlite_HasNoPendingModelChanges_AndMigratesFromEmpty()
    {
        var file = Path.Combine(Path.GetTempPath(), $"platform-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<SqlitePlatformDbContext>()
                .UseSqlite($"Data Source={file}")
                .UseSnakeCaseNamingConvention()
                .Options;
            await using var db = new SqlitePlatformDbContext(options);

            Assert.False(db.Database.HasPendingModelChanges(), "Run dotnet ef migrations add for SqlitePlatformDbContext.");
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public async Task HealthEndpoints_AnswerWhenTheDatabaseIsReachable()
    {
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheAdminApi()
    {
        var text = await factory.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/companies/{companyKey}/integrations/okta/reset-token", text);
    }
}
