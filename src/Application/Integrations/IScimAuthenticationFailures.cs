using Platform.Domain.Tenancy;

namespace Platform.Application.Integrations;

/// <summary>
/// Remembers a company's recent refused SCIM requests so that the console can tell an admin why Okta's credential
/// test fails. Never holds the presented token. Only companies that exist are recorded, so the memory it takes is
/// bounded by the number of companies.
/// </summary>
public interface IScimAuthenticationFailures
{
    void Record(CompanyId companyId, ScimAuthenticationFailureReason reason, DateTimeOffset at);

    /// <summary>The company's most recent failures, newest first.</summary>
    IReadOnlyList<ScimAuthenticationFailure> Recent(CompanyId companyId, int max);
}
