using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// Functions the directory's filter translation needs on every SQLite connection: <see cref="Upper"/> upper-cases every script
/// as .NET does (SQLite's own <c>upper()</c> knows ASCII only), so a case-insensitive filter on a profile attribute
/// agrees with the upper-cased columns written in .NET.
/// </summary>
internal sealed class SqliteFunctions : DbConnectionInterceptor
{
    public const string Upper = "platform_upper";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction(Upper, (string? text) => text?.ToUpperInvariant(), isDeterministic: true);
        }
    }
}
