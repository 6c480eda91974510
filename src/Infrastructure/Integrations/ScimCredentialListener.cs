using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Platform.Infrastructure.Integrations;

/// <summary>
/// PostgreSQL only: holds one connection that <c>LISTEN</c>s on <see cref="ScimCredentialChanges.Channel"/> and
/// empties the verified-token cache whenever any replica commits a credential change, within milliseconds. While the
/// connection is down the cache is suspended (every token is checked against the database), and it starts empty when
/// the connection is back, so a missed notification can never let an old token through.
/// </summary>
internal sealed partial class ScimCredentialListener(ScimClientCache cache, string connectionString, ILogger<ScimCredentialListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            KeepAlive = 10,
            ApplicationName = "platform-credential-listener",
        };
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                connection.Notification += (_, _) => cache.Invalidate();
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {ScimCredentialChanges.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                cache.Resume();
                while (true) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                cache.Suspend();
                ListenerDown(logger, ex.Message);
                try
                {
                    await Task.Delay(RetryDelay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        cache.Suspend();
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "Not listening for token resets on other replicas ({Reason}); every SCIM token is checked against the database until the connection is back.")]
    private static partial void ListenerDown(ILogger logger, string reason);
}
