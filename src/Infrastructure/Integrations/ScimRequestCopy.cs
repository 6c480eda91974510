using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;
using Platform.Domain.Integrations;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Integrations;

/// <summary>
/// Writes a batch of request log rows with PostgreSQL's binary <c>COPY</c>: one statement and no per-row parse or
/// plan, several times cheaper for the database and for this process than a batch of INSERTs through the change
/// tracker, which matters because every SCIM request adds a row. Table and column names come from the EF model, so
/// they follow <see cref="ScimRequestRecordConfiguration"/>.
/// </summary>
internal static class ScimRequestCopy
{
    public static async Task WriteAsync(PlatformDbContext db, IReadOnlyList<ScimRequestRecord> batch, CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(ScimRequestRecord))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => entity.FindProperty(property)!.GetColumnName(table)!;
        string[] columns =
        [
            nameof(ScimRequestRecord.CompanyId), nameof(ScimRequestRecord.Id), nameof(ScimRequestRecord.OccurredAt),
            nameof(ScimRequestRecord.IntegrationId), nameof(ScimRequestRecord.Refusal), nameof(ScimRequestRecord.Version),
            nameof(ScimRequestRecord.Method), nameof(ScimRequestRecord.Path), nameof(ScimRequestRecord.Resource),
            nameof(ScimRequestRecord.Status), nameof(ScimRequestRecord.ScimType), nameof(ScimRequestRecord.ErrorDetail),
            nameof(ScimRequestRecord.DurationMs), nameof(ScimRequestRecord.RequestId), nameof(ScimRequestRecord.RequestBody),
            nameof(ScimRequestRecord.ResponseBody),
        ];
        var copy = $"COPY {Quote(table.Name)} ({string.Join(", ", columns.Select(c => Quote(Column(c))))}) FROM STDIN (FORMAT BINARY)";

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var import = await connection.BeginBinaryImportAsync(copy, ct);
            foreach (var r in batch)
            {
                await import.StartRowAsync(ct);
                await import.WriteAsync(r.CompanyId.Value, NpgsqlDbType.Uuid, ct);
                await import.WriteAsync(r.Id.Value, NpgsqlDbType.Uuid, ct);
                await import.WriteAsync(r.OccurredAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
                await WriteOrNullAsync(import, r.IntegrationId?.Value, NpgsqlDbType.Uuid, ct);
                await WriteOrNullAsync(import, r.Refusal?.ToString(), NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(r.Version, NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(r.Method, NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(r.Path, NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(r.Resource.ToString(), NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(r.Status, NpgsqlDbType.Integer, ct);
                await WriteOrNullAsync(import, r.ScimType, NpgsqlDbType.Varchar, ct);
                await WriteOrNullAsync(import, r.ErrorDetail, NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(r.DurationMs, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(r.RequestId, NpgsqlDbType.Varchar, ct);
                await WriteOrNullAsync(import, r.RequestBody, NpgsqlDbType.Text, ct);
                await WriteOrNullAsync(import, r.ResponseBody, NpgsqlDbType.Text, ct);
            }

            await import.CompleteAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static Task WriteOrNullAsync<T>(NpgsqlBinaryImporter import, T? value, NpgsqlDbType type, CancellationToken ct)
        where T : class =>
        value is null ? import.WriteNullAsync(ct) : import.WriteAsync(value, type, ct);

    private static Task WriteOrNullAsync<T>(NpgsqlBinaryImporter import, T? value, NpgsqlDbType type, CancellationToken ct)
        where T : struct =>
        value is { } present ? import.WriteAsync(present, type, ct) : import.WriteNullAsync(ct);
}
