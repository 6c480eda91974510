using Mediator;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Common.Telemetry;
using Platform.Application.Tenancy;
using Platform.Domain.Common;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Application.Integrations;

/// <summary>Checks the token a SCIM client presented for the company named in the URL.</summary>
public sealed record AuthenticateScimClientQuery(string CompanyKey, string? PresentedToken) : IQuery<Result<ScimClient>>;

/// <summary>
/// A refusal for a company that exists is noted (the reason, never the token) so that the SCIM edge can put it into
/// the company's request log and the console can explain a failing credential test; refusals for unknown companies
/// are not, so nobody can fill the log with made-up keys.
/// </summary>
public sealed class AuthenticateScimClientHandler(
    IRepository<Company> companies,
    IRepository<Integration> integrations,
    IScimTokenVerifier verifier,
    IIntegrationUsage usage,
    IScimRefusals refusals,
    IScimClientCache cache,
    TimeProvider clock)
    : IQueryHandler<AuthenticateScimClientQuery, Result<ScimClient>>
{
    public async ValueTask<Result<ScimClient>> Handle(AuthenticateScimClientQuery query, CancellationToken ct)
    {
        // The presented token is hashed before anything else so that every failure path does the same work.
        var presentedHash = verifier.Hash(query.PresentedToken ?? string.Empty);
        if (!CompanyKey.IsValid(query.CompanyKey)) return UnknownCompany();
        if (cache.TryGet(query.CompanyKey, presentedHash, out var known))
        {
            usage.RecordUse(known.CompanyId, known.IntegrationId, clock.GetUtcNow());
            return known;
        }

        var generation = cache.Generation;
        var company = await companies.FirstOrDefaultAsync(new CompanyByKeySpec(CompanyKey.Parse(query.CompanyKey)), ct);

        // The credentials are read even for an unknown company (for an id that matches nothing), so that the answer
        // takes as long either way and company keys cannot be told apart by timing.
        var credentials = await integrations.ListAsync(new ScimCredentialsOfCompanySpec(company?.Id ?? new CompanyId(Guid.Empty)), ct);
        if (company is null) return UnknownCompany();

        if (string.IsNullOrEmpty(query.PresentedToken))
        {
            refusals.Note(company.Id, ScimRefusal.MissingToken);
            PlatformTelemetry.RecordScimAuthenticationFailure("missing_token", company.Id);
            return IntegrationErrors.InvalidScimToken;
        }

        foreach (var credential in credentials)
        {
            if (verifier.Matches(presentedHash, credential.TokenHash))
            {
                usage.RecordUse(company.Id, credential.IntegrationId, clock.GetUtcNow());
                var client = new ScimClient(company.Id, credential.IntegrationId, credential.Kind);
                cache.Remember(query.CompanyKey, presentedHash, client, generation);
                return client;
            }
        }

        refusals.Note(company.Id, ScimRefusal.WrongToken);
        PlatformTelemetry.RecordScimAuthenticationFailure("wrong_token", company.Id);
        return IntegrationErrors.InvalidScimToken;
    }

    private static Error UnknownCompany()
    {
        PlatformTelemetry.RecordScimAuthenticationFailure("unknown_company", companyId: null);
        return IntegrationErrors.InvalidScimToken;
    }
}
