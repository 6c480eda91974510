using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Application.Integrations;

/// <summary>
/// Remembers when each integration last made a successful SCIM request. Recording is in memory; the implementation
/// writes to the database in batches, so a busy SCIM client does not cost a write per request.
/// </summary>
public interface IIntegrationUsage
{
    void RecordUse(CompanyId companyId, IntegrationId integrationId, DateTimeOffset at);

    DateTimeOffset? LastUsedInThisProcess(IntegrationId integrationId);
}
