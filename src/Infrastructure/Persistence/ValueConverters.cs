using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Domain.Audit;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Persistence;

internal sealed class CompanyIdConverter() : ValueConverter<CompanyId, Guid>(id => id.Value, value => new CompanyId(value));

internal sealed class AccountIdConverter() : ValueConverter<AccountId, Guid>(id => id.Value, value => new AccountId(value));

internal sealed class IntegrationIdConverter() : ValueConverter<IntegrationId, Guid>(id => id.Value, value => new IntegrationId(value));

internal sealed class AuditEntryIdConverter() : ValueConverter<AuditEntryId, Guid>(id => id.Value, value => new AuditEntryId(value));

internal sealed class CompanyKeyConverter() : ValueConverter<CompanyKey, string>(key => key.Value, value => CompanyKey.Parse(value));
