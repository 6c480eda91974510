using Platform.Domain.Tenancy;

namespace Platform.Application.Integrations;

/// <summary>Why a SCIM request for an existing company was refused; each reason has its own advice in the console.</summary>
public enum ScimAuthenticationFailureReason
{
    /// <summary>No token at all: the Authorization header was missing or empty (nothing pasted into Okta's API Token field).</summary>
    MissingToken = 1,

    /// <summary>A token that is not this company's current one: pasted in part or into the wrong field, or replaced by a reset.</summary>
    WrongToken = 2,
}

public sealed record ScimAuthenticationFailure(DateTimeOffset At, ScimAuthenticationFailureReason Reason);

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
