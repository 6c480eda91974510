using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Filtering;

/// <summary>
/// Filters and sorts users and groups in the database, within one company (so on Citus every statement stays on the
/// company's shard). Answers with ids and sort keys; the resources are read by id afterwards.
/// </summary>
public interface IDirectorySearch
{
    Task<IReadOnlyList<KeysetPosition>> PageAsync(CompanyId companyId, Schema.ResourceType type, DirectorySearchRequest request, CancellationToken ct);

    Task<int> CountAsync(CompanyId companyId, Schema.ResourceType type, DirectoryFilter? filter, CancellationToken ct);
}
