using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.Application.Directory.Filtering;
using Platform.Application.Directory.Schema;
using Platform.Domain.Tenancy;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Directory.Filtering;

/// <summary>
/// Runs <see cref="DirectorySql"/>'s translation: one statement for a page of ids (with their sort keys), one for a
/// count. Both name the company first, so PostgreSQL uses the company's indexes and Citus routes them to one shard.
/// </summary>
internal sealed class DirectorySearch(PlatformDbContext db) : IDirectorySearch
{
    public async Task<IReadOnlyList<KeysetPosition>> PageAsync(CompanyId companyId, ResourceType type, DirectorySearchRequest request, CancellationToken ct)
    {
        var sql = new DirectorySql(IsPostgres, type, companyId.Value);
        var where = request.Filter is null ? null : sql.Where(request.Filter);
        var (key, isText) = request.Sort is null ? (null, false) : sql.SortKey(request.Sort);
        var descending = request.Sort?.Descending ?? false;
        var after = request.After is null ? null : sql.After(key, isText, descending, request.After);
        if (request.After is not null && after is null) return [];

        var text = $"SELECT r.id, {key ?? "NULL"} FROM {sql.Table} r WHERE r.company_id = {sql.Company}"
            + (where is null ? string.Empty : $" AND {where}")
            + (after is null ? string.Empty : $" AND {after}")
            + $" ORDER BY {sql.OrderBy(key, isText, descending)} LIMIT {sql.Param(request.Take)} OFFSET {sql.Param(request.Skip)}";

        var rows = new List<KeysetPosition>();
        await ExecuteAsync(text, sql.Values, async reader =>
        {
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetGuid(0);
                rows.Add(DirectorySql.Position(reader.IsDBNull(1) ? null : reader.GetValue(1), id));
            }
        }, ct);
        return rows;
    }

    public async Task<int> CountAsync(CompanyId companyId, ResourceType type, DirectoryFilter? filter, CancellationToken ct)
    {
        var sql = new DirectorySql(IsPostgres, type, companyId.Value);
        var where = filter is null ? null : sql.Where(filter);
        var text = $"SELECT count(*) FROM {sql.Table} r WHERE r.company_id = {sql.Company}" + (where is null ? string.Empty : $" AND {where}");
        var count = 0;
        await ExecuteAsync(text, sql.Values, async reader =>
        {
            if (await reader.ReadAsync(ct)) count = Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
        }, ct);
        return count;
    }

    private bool IsPostgres => db is PostgresPlatformDbContext;

    private async Task ExecuteAsync(string text, IReadOnlyList<object> values, Func<DbDataReader, Task> read, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = text;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            for (var i = 0; i < values.Count; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                parameter.Value = values[i];
                command.Parameters.Add(parameter);
            }

            await using var reader = await command.ExecuteReaderAsync(ct);
            await read(reader);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
