using Mediator;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

/// <summary>Whether any company exists yet; the server prints first-run guidance when none does.</summary>
public sealed record HasAnyCompanyQuery : IQuery<Result<bool>>;

public sealed class HasAnyCompanyHandler(IRepository<Company> companies) : IQueryHandler<HasAnyCompanyQuery, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(HasAnyCompanyQuery query, CancellationToken ct) =>
        await companies.AnyAsync(new AnyCompanySpec(), ct);
}
