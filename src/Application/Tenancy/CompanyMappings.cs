using Mapster;
using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

public sealed class CompanyMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Company, CompanyView>()
            .ConstructUsing(company => new CompanyView(company.Id.Value, company.Key.Value, company.Name, company.CreatedAt));
}
