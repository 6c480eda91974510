using MapsterMapper;
using Mediator;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

public sealed record GetCompanyQuery(string CompanyKey) : IQuery<Result<CompanyView>>;

public sealed class GetCompanyHandler(IRepository<Company> companies, IMapper mapper) : IQueryHandler<GetCompanyQuery, Result<CompanyView>>
{
    public async ValueTask<Result<CompanyView>> Handle(GetCompanyQuery query, CancellationToken ct)
    {
        if (!CompanyKey.IsValid(query.CompanyKey)) return TenancyErrors.CompanyNotFound(query.CompanyKey);
        var company = await companies.FirstOrDefaultAsync(new CompanyByKeySpec(CompanyKey.Parse(query.CompanyKey)), ct);
        return company is null
            ? TenancyErrors.CompanyNotFound(query.CompanyKey)
            : mapper.Map<CompanyView>(company);
    }
}
