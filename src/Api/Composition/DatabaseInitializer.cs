using Mediator;
using Platform.Api.Common;
using Platform.Application.Common.Persistence;
using Platform.Application.Tenancy;

namespace Platform.Api.Composition;

/// <summary>
/// Runs before the server accepts requests: applies migrations (unless <c>Database:MigrateOnStart</c> is false) and,
/// on an empty database, tells the operator how to create the first company.
/// </summary>
public sealed partial class DatabaseInitializer(IServiceScopeFactory scopes, IConfiguration configuration, PublicUrls urls, ILogger<DatabaseInitializer> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (configuration.GetValue("Database:MigrateOnStart", true))
        {
            await scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(cancellationToken);
        }

        var anyCompany = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new HasAnyCompanyQuery(), cancellationToken);
        if (anyCompany.IsSuccess && !anyCompany.Value)
        {
            NoCompanyYet(logger, FirstRun.CreateCompanyCommand, urls.Base);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(
        EventId = 1, Level = LogLevel.Warning,
        Message = "No company exists yet. Create the first one and its admin with: {Command} (then sign in at {Url}/signin with the printed company key, email and one-time password)")]
    private static partial void NoCompanyYet(ILogger logger, string command, string url);
}
