using Microsoft.Data.Sqlite;
using Npgsql;
using Platform.Application.Common.Persistence;

namespace Platform.Infrastructure.Persistence;

/// <summary>Recognises the database errors that mean "a racing request got there first" on either provider.</summary>
internal static class WriteConflicts
{
    /// <summary>Looks through wrappers (EF's, Npgsql's "transient failure") for a database error that means a race.</summary>
    public static WriteConflictException? Find(Exception? error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is WriteConflictException known) return known;
            if (From(current) is { } conflict) return conflict;
        }

        return null;
    }

    public static WriteConflictException? From(Exception? error) => error switch
    {
        PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure } pg => new(WriteConflictKind.ConcurrentChange, pg.SqlState, pg),
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg => new(WriteConflictKind.UniqueKey, pg.ConstraintName, pg),
        PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } pg => new(WriteConflictKind.ConcurrentChange, pg.ConstraintName, pg),
        SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } sqlite => new(WriteConflictKind.UniqueKey, sqlite.Message, sqlite),
        SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 787 } sqlite => new(WriteConflictKind.ConcurrentChange, sqlite.Message, sqlite),
        _ => null,
    };
}
