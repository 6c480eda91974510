using Microsoft.Data.Sqlite;
using Npgsql;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// Tells a fault of the database, or of the way to it, from a bug: the former is answered 503 with Retry-After
/// (the caller may try again), and some of it is worth a retry inside the server first.
/// </summary>
public static class DatabaseFaults
{
    /// <summary>The database is down, failing over, out of connections or too slow (statement timeout): not the request's fault.</summary>
    public static bool IsUnavailable(Exception? error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException pg when pg.IsTransient || pg.SqlState == PostgresErrorCodes.QueryCanceled:
                case NpgsqlException { IsTransient: true }:
                case SqliteException { SqliteErrorCode: 5 or 6 }: // SQLITE_BUSY, SQLITE_LOCKED
                case System.Net.Sockets.SocketException:
                case TimeoutException:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether running the whole transaction again is safe and may succeed. A serialization failure or deadlock means
    /// the server rolled the transaction back, so it is always safe; a lost connection is safe only before the commit
    /// was sent (after it, the commit may have happened, and a retry could apply the change twice).
    /// </summary>
    public static bool IsRetryable(Exception? error, bool commitSent)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected }) return true;
        }

        return !commitSent && IsUnavailable(error);
    }
}
