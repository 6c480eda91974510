using Microsoft.EntityFrameworkCore;
using Platform.Domain.Tenancy;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Tenancy;

/// <summary>Conventions rather than per-property settings: every module's tables carry a <see cref="CompanyId"/>.</summary>
internal sealed class TenancyConventions : IModelConventions
{
    public void Configure(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<CompanyId>().HaveConversion<CompanyIdConverter>();
        configurationBuilder.Properties<AccountId>().HaveConversion<AccountIdConverter>();
        configurationBuilder.Properties<CompanyKey>().HaveConversion<CompanyKeyConverter>().HaveMaxLength(CompanyKey.MaxLength);
    }
}
