using System.Security.Cryptography;
using Mediator;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Tenancy;
using Platform.Domain.Events;
using Platform.Domain.Tenancy;

namespace Platform.Application.Events;

/// <summary>Checks the API key a service presented for the company named in the URL; the answer is the company.</summary>
public sealed record AuthenticateApiKeyQuery(string CompanyKey, string? PresentedKey) : IQuery<Result<CompanyId>>;

/// <summary>
/// Every failure gets the same error, and the work is the same whether the company exists or not (the keys are read
/// for an id that matches nothing), so that keys and companies cannot be told apart. Hashes are compared in constant time.
/// </summary>
public sealed class AuthenticateApiKeyHandler(IRepository<Company> companies, IRepository<ApiKey> keys, IApiKeyIssuer issuer)
    : IQueryHandler<AuthenticateApiKeyQuery, Result<CompanyId>>
{
    public async ValueTask<Result<CompanyId>> Handle(AuthenticateApiKeyQuery query, CancellationToken ct)
    {
        var presentedHash = issuer.Hash(query.PresentedKey ?? string.Empty);
        if (!CompanyKey.IsValid(query.CompanyKey)) return EventsErrors.InvalidApiKey;

        var company = await companies.FirstOrDefaultAsync(new CompanyByKeySpec(CompanyKey.Parse(query.CompanyKey)), ct);
        var hashes = await keys.ListAsync(new ActiveApiKeyHashesSpec(company?.Id ?? new CompanyId(Guid.Empty)), ct);
        if (company is null || string.IsNullOrEmpty(query.PresentedKey)) return EventsErrors.InvalidApiKey;

        var matched = false;
        foreach (var hash in hashes) matched |= CryptographicOperations.FixedTimeEquals(presentedHash, hash);
        return matched ? company.Id : EventsErrors.InvalidApiKey;
    }
}
