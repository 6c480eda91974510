using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Application.Common;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// Before the server starts: waits up to <c>Database:StartWaitSeconds</c> (default 10) for PostgreSQL to answer, so
/// that a server started beside its database does not fail the race, and one pointed at a database that never answers
/// ends with one line naming the setting instead of a stack trace.
/// </summary>
public static class DatabaseStartCheck
{
    public const string WaitSetting = "Database:StartWaitSeconds";

    public static async Task EnsureReachableAsync(IServiceProvider services, IConfiguration configuration, CancellationToken ct)
    {
        if (DatabaseSettings.Read(configuration).Provider == DatabaseProvider.Sqlite) return;

        string connectionString;
        await using (var scope = services.CreateAsyncScope())
        {
            connectionString = scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.GetConnectionString()!;
        }

        // A connection of its own rather than the DbContext's, so that a failed attempt logs nothing but the one line.
        var deadline = DateTimeOffset.UtcNow.AddSeconds(Math.Max(0, configuration.GetValue(WaitSetting, 10)));
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(ct);
                return;
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or TimeoutException or System.Net.Sockets.SocketException)
            {
                if (DateTimeOffset.UtcNow >= deadline || !DatabaseFaults.IsUnavailable(ex))
                {
                    var target = new NpgsqlConnectionStringBuilder(connectionString);
                    throw new InvalidSettingException(
                        "ConnectionStrings:Platform", $"cannot reach the database at {target.Host}:{target.Port}/{target.Database}: {ex.GetBaseException().Message}");
                }

                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
        }
    }
}
